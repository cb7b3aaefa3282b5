import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema, type BreakingChange } from 'graphql';
import { repoRoot } from '@reemploi/embedded-db';
import { loadTypeDefs, mergeResolvers, resolvers } from './schema';

const API_DIR = path.join(repoRoot(), 'services', 'api');
const SNAPSHOT = path.join(API_DIR, 'schema.snapshot.graphql');
const ACCEPTED = path.join(API_DIR, 'schema-changes.json');

interface AcceptedChange {
  type: string;
  description: string;
  reason?: string;
}

/** Breaking changes from `before` to `after` that schema-changes.json does not accept. */
export function unacceptedBreakingChanges(before: string, after: string, accepted: AcceptedChange[]): BreakingChange[] {
  const changes = findBreakingChanges(buildSchema(before), buildSchema(after));
  return changes.filter(
    (change) => !accepted.some((a) => a.type === change.type && a.description === change.description),
  );
}

describe('GraphQL schema', () => {
  const printed = `${printSchema(lexicographicSortSchema(buildSchema(loadTypeDefs())))}\n`;
  // No snapshot yet (first run): nothing to break; UPDATE_SCHEMA_SNAPSHOT=1 writes it.
  const snapshot = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : printed;
  const accepted = (JSON.parse(readFileSync(ACCEPTED, 'utf8')) as { accepted: AcceptedChange[] }).accepted;

  it('matches the checked-in snapshot, refusing to update it over an unaccepted breaking change (`pnpm --filter @reemploi/api schema:update` after a deliberate change)', () => {
    const breaking = unacceptedBreakingChanges(snapshot, printed, accepted);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1' && breaking.length === 0) writeFileSync(SNAPSHOT, printed);
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
    expect(
      existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : '(no snapshot: run with UPDATE_SCHEMA_SNAPSHOT=1)',
    ).toBe(printed);
  });

  it('has no breaking change against the snapshot that schema-changes.json does not accept', () => {
    const breaking = unacceptedBreakingChanges(snapshot, printed, accepted);
    const advice =
      'Breaking changes break partner sites: restore the old field/argument (deprecate it instead), or list the change in services/api/schema-changes.json and announce it in docs/api.md.';
    expect({ advice, breaking: breaking.map((c) => `${c.type}: ${c.description}`) }).toEqual({ advice, breaking: [] });
  });

  it('detects a removed field as breaking unless it is listed as accepted', () => {
    const before = 'type Query { a: Int, b: Int }';
    const after = 'type Query { a: Int }';
    const [change] = unacceptedBreakingChanges(before, after, []);
    expect(change).toMatchObject({ type: 'FIELD_REMOVED', description: 'Query.b was removed.' });
    expect(
      unacceptedBreakingChanges(before, after, [{ type: 'FIELD_REMOVED', description: 'Query.b was removed.' }]),
    ).toEqual([]);
  });

  it('keeps the v1 core queries partners depend on', () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = schema.getQueryType()!.getFields();
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['places', 'place', 'mapFeatures', 'resolveObject', 'categories', 'actions']),
    );
    expect(fields.places!.args.map((a) => a.name)).toEqual(
      expect.arrayContaining(['filter', 'near', 'bbox', 'first', 'after']),
    );
  });
});

describe('mergeResolvers', () => {
  it('merges the modules type by type and refuses two resolvers of one field', () => {
    expect(mergeResolvers([{ Query: { a: 1 } }, { Query: { b: 2 }, Place: { c: 3 } }])).toEqual({
      Query: { a: 1, b: 2 },
      Place: { c: 3 },
    });
    expect(() => mergeResolvers([{ Query: { places: 1 } }, { Query: { places: 2 } }])).toThrow(
      'Two modules resolve Query.places.',
    );
  });

  it('the schema resolves every field once (the modules merged without a collision)', () => {
    expect(Object.keys(resolvers.Query ?? {})).toEqual(
      expect.arrayContaining(['apiInfo', 'places', 'sources', 'viewer']),
    );
  });
});
