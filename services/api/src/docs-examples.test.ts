import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import request from 'supertest';
import { useTestApp } from '../test/app';

/** Every anonymous curl example of docs/api.md, as { query, variables } sent by the command. */
function curlExamples(): { line: string; query: string; variables?: unknown }[] {
  const doc = readFileSync(path.join(repoRoot(), 'docs', 'api.md'), 'utf8');
  const blocks = [...doc.matchAll(/```(?:bash|sh)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const commands = blocks.flatMap((block) => block.split(/\n(?=curl )/).filter((c) => c.startsWith('curl ')));
  const examples: { line: string; query: string; variables?: unknown }[] = [];
  for (const command of commands) {
    if (/x-api-key|authorization|apikey/i.test(command) || !/\/graphql/.test(command)) continue;
    const encoded = /--data-urlencode '(query=[\s\S]*?)'(\s|$)/.exec(command);
    const body = /-d '(\{[\s\S]*?\})'/.exec(command);
    if (encoded) examples.push({ line: command.split('\n')[0]!, query: encoded[1]!.slice('query='.length) });
    else if (body) examples.push({ line: command.split('\n')[0]!, ...(JSON.parse(body[1]!) as { query: string }) });
  }
  return examples;
}

describe('docs/api.md examples', () => {
  const t = useTestApp();
  const examples = curlExamples();

  it('has curl examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((e) => [e.query.slice(0, 70), e] as const))(
    'answers %s without errors',
    async (_name, example) => {
      const res = await request(t.app).post('/graphql').send({ query: example.query, variables: example.variables });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toBeTruthy();
    },
  );

  it('returns Emmaüs Cotentin first for the quick-start donation query, as the guide says', async () => {
    const quickStart = examples.find((e) => e.query.includes('DONATE') && e.query.includes('49.6486'))!;
    const res = await request(t.app).post('/graphql').send({ query: quickStart.query });
    expect(res.body.data.places.edges[0].node.name).toBe('Emmaüs Cotentin');
  });
});
