import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { useFixtureServer } from '../../../test/federation-fixtures';
import { countsOf, importFile } from '../../../test/federation-import';
import { createLogger } from '../../shared/logger';
import { ImportLockModel } from './runs/import-lock.model';
import { ImportRunModel } from './runs/import-run.model';
import { MatchReviewModel } from './matching/match-review.model';
import { ImportScheduler } from './sources/scheduler';
import { SourceModel } from '../places/source.model';
import { eventually } from '../../../test/eventually';

const TOKEN = 'test-admin-token-0123456789abcdef';

describe('sources, import runs and the review queue over GraphQL', () => {
  const server = useFixtureServer();
  const t = useTestApp({
    seedDemo: false,
    env: {
      REEMPLOI_ADMIN_TOKEN: TOKEN,
      REEMPLOI_IMPORT_GEOCODER_URL: '',
      REEMPLOI_SCHEDULER_TICK_MS: '0',
      // The fixture server listens on 127.0.0.1, which imports refuse unless the operator lists it.
      REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
    },
  });
  beforeAll(() => Promise.all([ImportRunModel.init(), MatchReviewModel.init()]));

  const staff = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) =>
    (await request(t.app).post('/graphql').set('authorization', `Bearer ${TOKEN}`).send({ query, variables })).body as {
      data?: T;
      errors?: { message: string; extensions: { code: string } }[];
    };
  const RUN = `id status processed total created updated unchanged rejected warned closed queuedForReview rejections { line code reason } warnings { line code field value }`;
  let sourceId = '';

  async function runToEnd(id: string) {
    const started = await staff(`mutation($id: ID!) { runSource(id: $id) { id status } }`, { id });
    expect(started.errors).toBeUndefined();
    for (let i = 0; i < 100; i += 1) {
      const run = (await staff(`query($id: ID!) { importRun(id: $id) { ${RUN} } }`, { id: started.data!.runSource.id }))
        .data!.importRun;
      if (run.status !== 'RUNNING') return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('run did not finish');
  }

  it('refuses source management without the staff token', async () => {
    const body = await t.gql(`{ sources { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates a source and lists typed problems for bad settings', async () => {
    const bad = await staff(
      `mutation { createSource(input: { name: "OSM", format: OSM_OVERPASS, schedule: "sometimes", url: "ftp://x" }) { source { id } problems { field } } }`,
    );
    expect(bad.data!.createSource.problems.map((p: { field: string }) => p.field).sort()).toEqual(['url']);
    const created = await staff(
      `mutation($url: String) { createSource(input: { name: "OpenStreetMap", format: OSM_OVERPASS, url: $url, schedule: "every 6h" }) { source { id format priority licence schedule nextRunAt } problems { field message } } }`,
      { url: `${server.url}/files/osm-overpass-cotentin.json` },
    );
    expect(created.data!.createSource.problems).toEqual([]);
    expect(created.data!.createSource.source).toMatchObject({
      format: 'OSM_OVERPASS',
      priority: 50,
      schedule: 'every 6h',
    });
    sourceId = created.data!.createSource.source.id;
    const schedule = await staff(
      `mutation($id: ID!) { updateSource(id: $id, input: { schedule: "sometimes" }) { problems { field message } } }`,
      { id: sourceId },
    );
    expect(schedule.data!.updateSource.problems[0].field).toBe('schedule');
  });

  it('runs a source from its URL with live progress, exact counts and rejected rows, and the public API shows it at once', async () => {
    const run = await runToEnd(sourceId);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      processed: 37,
      total: 37,
      created: 35,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(run.rejections.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [36, 'LOCATION_MISSING'],
      [37, 'NOT_A_REUSE_PLACE'],
    ]);
    expect(run).toMatchObject({ warned: 0, warnings: [] });
    const found = await t.gql<{
      places: {
        totalCount: number;
        edges: { node: { sources: { name: string; licence: string; attribution: string }[] } }[];
      };
    }>(
      `{ places(filter: { text: "Grenier Cherbourg" }) { totalCount edges { node { name sources { name licence attribution } } } } }`,
    );
    expect(found.data!.places.edges[0]!.node.sources).toEqual([
      { name: 'OpenStreetMap', licence: null, attribution: '© OpenStreetMap contributors, ODbL 1.0' },
    ]);
  });

  it('reports everything unchanged on a second run of the same data, which shows it listed them again', async () => {
    const lastSeenAt = async (alias: string) => {
      const body = await t.gql<Record<string, { edges: { node: { sources: { lastSeenAt: string }[] } }[] }>>(
        `{ ${alias}: places(filter: { text: "Grenier Cherbourg" }) { edges { node { sources { lastSeenAt } } } } }`,
      );
      return new Date(body.data![alias]!.edges[0]!.node.sources[0]!.lastSeenAt);
    };
    const first = await lastSeenAt('before');
    expect(await runToEnd(sourceId)).toMatchObject({
      status: 'SUCCEEDED',
      created: 0,
      updated: 0,
      unchanged: 35,
      rejected: 2,
      closed: 0,
    });
    // The run is marked finished a moment before its source lock is released (a second write).
    await eventually(async () => {
      const runs = await staff(
        `query($id: ID!) { source(id: $id) { runs { status created unchanged } lockedUntil } }`,
        {
          id: sourceId,
        },
      );
      expect(runs.data!.source.runs).toHaveLength(2);
      expect(runs.data!.source.lockedUntil).toBeNull();
    });
    await t.directory.refresh();
    expect((await lastSeenAt('after')).getTime()).toBeGreaterThan(first.getTime());
  });

  it('answers CONFLICT while another process holds the source’s import lock', async () => {
    await ImportLockModel.create({
      _id: `source:${sourceId}`,
      owner: 'other-host:1:abcd',
      expiresAt: new Date(Date.now() + 60_000),
    });
    const body = await staff(`mutation($id: ID!) { runSource(id: $id) { id } }`, { id: sourceId });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_RUNNING' });
    // A crashed owner's lock expires: the next run takes it over.
    await ImportLockModel.updateOne(
      { _id: `source:${sourceId}` },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect(await runToEnd(sourceId)).toMatchObject({ status: 'SUCCEEDED', unchanged: 35 });
  });

  it('queues an uncertain match for review, applies the decision at once and remembers it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-review-'));
    const file = path.join(dir, 'points.csv');
    writeFileSync(file, 'id;nom;lat;lon\nG1;Grenier solidaire cherbourgeois;49,63905;-1,62615\n');
    const mapping = { fields: { externalId: 'id', name: 'nom', lat: 'lat', lng: 'lon' }, kind: 'SECOND_HAND_SHOP' };
    expect(countsOf(await importFile('csv', 'Syndicat — dépôts', file, { mapping }))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      closed: 0,
      queuedForReview: 1,
    });
    const queue = await staff(`{ matchReviews { id recordName reason status place { name } } }`);
    const review = queue.data!.matchReviews[0];
    expect(review).toMatchObject({
      recordName: 'Grenier solidaire cherbourgeois',
      status: 'PENDING',
      place: { name: 'Le Grenier de Cherbourg' },
    });
    expect(review.reason).toMatch(/similar name \d+ m away/);
    const decided = await staff(`mutation($id: ID!) { reviewMatch(id: $id, decision: SAME_PLACE) { status } }`, {
      id: review.id,
    });
    expect(decided.data!.reviewMatch.status).toBe('SAME_PLACE');
    const place = await t.gql<{ places: { edges: { node: { sources: { name: string }[] } }[] } }>(
      `{ places(filter: { text: "Grenier Cherbourg" }) { edges { node { sources { name } } } } }`,
    );
    expect(place.data!.places.edges[0]!.node.sources.map((s) => s.name)).toEqual([
      'OpenStreetMap',
      'Syndicat — dépôts',
    ]);
    expect(countsOf(await importFile('csv', 'Syndicat — dépôts', file, { mapping }))).toMatchObject({
      unchanged: 1,
      queuedForReview: 0,
      created: 0,
    });
    const again = await staff(`mutation($id: ID!) { reviewMatch(id: $id, decision: SEPARATE) { status } }`, {
      id: review.id,
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
  });

  it('shows staff which values of an imported row were left out, with a stable code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-warnings-'));
    const file = path.join(dir, 'points.csv');
    writeFileSync(
      file,
      'id;nom;lat;lon;horaires;tel\nW1;Borne textile du stade;49,6012;-1,5611;le week-end;02 33 40 27 50\nW2;Borne textile de la gare;49,6101;-1,5702;Mo-Fr 08:00-18:00;pas de numéro\n',
    );
    const mapping = {
      fields: { externalId: 'id', name: 'nom', lat: 'lat', lng: 'lon', openingHours: 'horaires', phone: 'tel' },
      kind: 'COLLECTION_POINT',
    };
    const summary = await importFile('csv', 'Syndicat — bornes', file, { mapping });
    expect(summary).toMatchObject({ created: 2, rejected: 0, warned: 2 });
    const body = await staff(`query($id: ID!) { importRun(id: $id) { ${RUN} } }`, { id: summary.runId });
    expect(body.data!.importRun).toMatchObject({
      created: 2,
      warned: 2,
      warnings: [
        { line: 2, code: 'HOURS_UNREADABLE', field: 'openingHours', value: 'le week-end' },
        { line: 3, code: 'PHONE_INVALID', field: 'phone', value: 'pas de numéro' },
      ],
    });
    // The places are published without the values that could not be read.
    await t.directory.refresh();
    const found = await t.gql<{ places: { edges: { node: { name: string; openingHours: string | null } }[] } }>(
      `{ places(filter: { text: "Borne textile du stade" }) { edges { node { name openingHours } } } }`,
    );
    expect(found.data!.places.edges[0]!.node).toEqual({ name: 'Borne textile du stade', openingHours: null });
  });

  it('runs a due scheduled source once even when two instances tick at the same moment', async () => {
    await SourceModel.updateOne({ _id: sourceId }, { $set: { nextRunAt: new Date(Date.now() - 1000) } });
    const runs: string[] = [];
    const logger = createLogger('silent');
    const make = () => new ImportScheduler({ tickMs: 0, logger, run: async (id) => void runs.push(String(id)) });
    await Promise.all([make().tick(), make().tick()]);
    expect(runs).toEqual([sourceId]);
    expect((await SourceModel.findById(sourceId).lean())!.nextRunAt!.getTime()).toBeGreaterThan(
      Date.now() + 5 * 3600_000,
    );
  });
});
