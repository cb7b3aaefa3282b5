import {
  curlSnippet,
  draftInput,
  emptyDraft,
  groupProblems,
  parisMonth,
  parseRate,
  usageThisMonth,
  visibleKeys,
} from './api-key-form';
import type { ApiKey } from './api-keys-operations';

describe('the API key create form', () => {
  it('sends origins and communes one per line, and ADMIN keys with READ too', () => {
    const input = draftInput(
      {
        name: '  Mairie de Valognes ',
        origins: 'https://www.valognes.fr\n\n  https://valognes.fr  \n',
        ratePerMinute: '',
        territory: 'Valognes\nYvetot-Bocage, Brix\n',
        scope: 'ADMIN',
      },
      null,
    );
    expect(input).toEqual({
      name: 'Mairie de Valognes',
      origins: ['https://www.valognes.fr', 'https://valognes.fr'],
      ratePerMinute: null,
      territory: ['Valognes', 'Yvetot-Bocage', 'Brix'],
      scopes: ['READ', 'ADMIN'],
    });
    expect(draftInput(emptyDraft, 600).scopes).toEqual(['READ']);
  });

  it('leaves an empty rate to the server and refuses anything but a whole number in range', () => {
    expect(parseRate('', 100_000)).toBeNull();
    expect(parseRate(' 600 ', 100_000)).toBe(600);
    expect(parseRate('1 200', 100_000)).toBe(1200);
    for (const bad of ['0', '12.5', 'beaucoup', '-3', '100001']) expect(parseRate(bad, 100_000)).toBe('invalid');
  });

  it('puts the server’s problems next to their field, with the line of list items', () => {
    const { byField, other } = groupProblems([
      { field: 'name', message: 'name needs at least 2 characters' },
      { field: 'origins.1', message: '"https://valognes.fr/carte" is not an origin' },
      { field: 'territory', message: 'too many' },
      { field: 'input', message: 'something else' },
    ]);
    expect(byField.name).toEqual([{ index: null, message: 'name needs at least 2 characters' }]);
    expect(byField.origins).toEqual([{ index: 1, message: '"https://valognes.fr/carte" is not an origin' }]);
    expect(byField.territory).toEqual([{ index: null, message: 'too many' }]);
    expect(byField.ratePerMinute).toEqual([]);
    expect(other).toEqual(['something else']);
  });
});

describe('the API keys table', () => {
  const key = (id: string, revokedAt: string | null = null): ApiKey => ({
    id,
    name: `Partenaire ${id}`,
    prefix: 'rmp_live_abcd',
    origins: [],
    ratePerMinute: 3000,
    territory: [],
    scopes: ['READ'],
    createdAt: '2025-01-02T10:00:00.000Z',
    revokedAt,
    lastUsedAt: null,
    usage: [],
  });

  it('counts this month in Europe/Paris, and zero when the newest month with requests is older', () => {
    const parisFebruary = new Date('2025-01-31T23:30:00Z'); // already February in Paris
    expect(parisMonth(parisFebruary)).toBe('2025-02');
    expect(usageThisMonth([{ month: '2025-02', requests: 42, rateLimited: 3 }], parisFebruary)).toEqual({
      requests: 42,
      rateLimited: 3,
    });
    expect(usageThisMonth([{ month: '2025-01', requests: 42, rateLimited: 3 }], parisFebruary)).toEqual({
      requests: 0,
      rateLimited: 0,
    });
  });

  it('hides revoked keys unless asked, but keeps in view the ones revoked from the page', () => {
    const keys = [key('a'), key('b', '2025-01-03T10:00:00.000Z'), key('c', '2025-01-04T10:00:00.000Z')];
    expect(visibleKeys(keys, false, new Set()).map((k) => k.id)).toEqual(['a']);
    expect(visibleKeys(keys, false, new Set(['c'])).map((k) => k.id)).toEqual(['a', 'c']);
    expect(visibleKeys(keys, true, new Set()).map((k) => k.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives a curl command sending the key in X-Api-Key', () => {
    expect(curlSnippet('https://reemploi.example', 'rmp_live_secret')).toContain(
      "curl -s https://reemploi.example/graphql \\\n  -H 'X-Api-Key: rmp_live_secret'",
    );
  });
});
