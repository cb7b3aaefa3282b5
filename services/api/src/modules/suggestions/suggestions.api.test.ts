import { useTestApp } from '../../../test/app';
import { buildPlace, buildSuggestion } from '../../../test/factories';
import { createOrganization, signedInAs, type Gql } from '../../../test/staff';
import { SuggestionModel } from './suggestion.model';

const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '100000', REEMPLOI_SUGGESTIONS_PER_MIN: '8' },
});
let moderator: Gql;
let structure: Gql;
let placeId = '';

const SUBMIT =
  'mutation($input: SuggestionInput!) { submitSuggestion(input: $input) { received problems { field message } } }';
const QUEUE =
  '{ suggestions { nodes { id kind status note placeVersionAtSubmission diff { field current proposed differs } } } }';

beforeAll(async () => {
  const orgId = await createOrganization('Emmaüs test');
  moderator = (await signedInAs(t.app, 'MODERATOR')).gql;
  structure = (await signedInAs(t.app, 'STRUCTURE', orgId)).gql;
  const place = await buildPlace({
    name: 'Emmaüs',
    kind: 'CHARITY_SHOP',
    openingHours: 'Sa 09:00-12:00',
    organizationId: orgId,
  });
  placeId = place._id.toString();
  t.directory.apply(place.toObject());
});

describe('suggestions from the public', () => {
  it('queues a correction with a field-by-field diff, and applies the accepted part only, with its provenance', async () => {
    const submitted = await t.gql<any>(SUBMIT, {
      input: {
        kind: 'CORRECTION',
        placeId,
        note: 'Nouveaux horaires et téléphone',
        fields: { openingHours: 'We,Sa 09:00-12:00', contact: { phone: '02 33 11 22 33' }, name: 'Emmaus Cherbourg' },
      },
    });
    expect(submitted.data!.submitSuggestion).toEqual({ received: true, problems: [] });

    const queue = await moderator(QUEUE);
    const suggestion = queue.data!.suggestions.nodes[0];
    expect(suggestion).toMatchObject({ kind: 'CORRECTION', status: 'PENDING', placeVersionAtSubmission: 1 });
    expect(suggestion.diff).toEqual([
      { field: 'name', current: 'Emmaüs', proposed: 'Emmaus Cherbourg', differs: true },
      { field: 'contact.phone', current: null, proposed: '02 33 11 22 33', differs: true },
      { field: 'openingHours', current: 'Sa 09:00-12:00', proposed: 'We,Sa 09:00-12:00', differs: true },
    ]);
    expect((await structure(QUEUE)).data!.suggestions.nodes.map((s: { id: string }) => s.id)).toContain(suggestion.id);
    expect(
      (
        await structure('mutation($id: ID!) { rejectSuggestion(id: $id, reason: "non") { problems { field } } }', {
          id: suggestion.id,
        })
      ).errors![0]!.extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });

    const accepted = await moderator(
      'mutation($id: ID!) { acceptSuggestion(id: $id, fields: ["openingHours", "contact.phone"], placeVersion: 1) { suggestion { status review { acceptedFields by } } place { version overrides place { name openingHours contact { phone } } } } }',
      { id: suggestion.id },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptSuggestion.suggestion).toMatchObject({
      status: 'PARTIALLY_ACCEPTED',
      review: { acceptedFields: ['openingHours', 'contact.phone'] },
    });
    expect(accepted.data!.acceptSuggestion.place).toMatchObject({
      version: 2,
      place: { name: 'Emmaüs', openingHours: 'We,Sa 09:00-12:00', contact: { phone: '02 33 11 22 33' } },
    });
    expect(t.directory.index.get(placeId)?.openingHours).toBe('We,Sa 09:00-12:00');

    const history = await moderator(
      'query($id: ID!) { placeHistory(id: $id) { actor { type suggestionId email } note } }',
      { id: placeId },
    );
    expect(history.data!.placeHistory[0]).toMatchObject({
      actor: { type: 'SUGGESTION', suggestionId: suggestion.id },
      note: expect.stringMatching(/^Suggested by the public, accepted by moderator-/),
    });
    expect(
      (
        await moderator('mutation($id: ID!) { acceptSuggestion(id: $id) { problems { field } } }', {
          id: suggestion.id,
        })
      ).errors![0]!.extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
  });

  it('refuses to accept against a place version that changed since the moderator saw the diff, and keeps the suggestion pending', async () => {
    await t.gql(SUBMIT, { input: { kind: 'CLOSED', placeId, note: 'Fermé depuis janvier' } });
    const suggestion = (await SuggestionModel.findOne({ kind: 'CLOSED' }).lean())!;
    const res = await moderator(
      'mutation($id: ID!) { acceptSuggestion(id: $id, placeVersion: 1) { suggestion { status } } }',
      { id: suggestion._id.toString() },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    expect((await SuggestionModel.findById(suggestion._id).lean())!.status).toBe('PENDING');
    const rejected = await moderator(
      'mutation($id: ID!) { rejectSuggestion(id: $id, reason: "Toujours ouvert, vérifié par téléphone") { suggestion { status review { reason } } } }',
      { id: suggestion._id.toString() },
    );
    expect(rejected.data!.rejectSuggestion.suggestion).toEqual({
      status: 'REJECTED',
      review: { reason: 'Toujours ouvert, vérifié par téléphone' },
    });
  });

  it('creates a new place when a NEW_PLACE suggestion is accepted', async () => {
    await t.gql(SUBMIT, {
      input: {
        kind: 'NEW_PLACE',
        fields: { name: 'Boîte à dons de Brix', kind: 'SHARING', location: { lat: 49.55, lng: -1.58 } },
      },
    });
    const suggestion = (await SuggestionModel.findOne({ kind: 'NEW_PLACE' }).lean())!;
    const res = await moderator(
      'mutation($id: ID!) { acceptSuggestion(id: $id) { place { status place { name } } } }',
      { id: suggestion._id.toString() },
    );
    expect(res.data!.acceptSuggestion.place).toEqual({ status: 'PUBLISHED', place: { name: 'Boîte à dons de Brix' } });
  });

  it('shows an account without an organisation no place and no suggestion of places without one', async () => {
    const orphan = await buildSuggestion({ organizationId: null });
    expect(orphan.organizationId).toBeNull();
    const { gql } = await signedInAs(t.app, 'EDITOR', null);
    const queue = await gql(QUEUE);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.suggestions.nodes).toEqual([]);
    const places = await gql('{ managedPlaces { totalCount nodes { id } } }');
    expect(places.errors).toBeUndefined();
    expect(places.data!.managedPlaces).toEqual({ totalCount: 0, nodes: [] });
    // A moderator still sees it in the queue.
    expect((await moderator(QUEUE)).data!.suggestions.nodes.map((n: { id: string }) => n.id)).toContain(
      orphan._id.toString(),
    );
  });

  it('answers robots that fill the honeypot as if it worked, and keeps nothing', async () => {
    const before = await SuggestionModel.countDocuments();
    const res = await t.gql<any>(SUBMIT, { input: { kind: 'CLOSED', placeId, website: 'http://spam.example' } });
    expect(res.data!.submitSuggestion.received).toBe(true);
    expect(await SuggestionModel.countDocuments()).toBe(before);
  });

  it('reports oversized or incomplete suggestions as problems', async () => {
    const long = await t.gql<any>(SUBMIT, {
      input: { kind: 'CORRECTION', placeId, note: 'x'.repeat(2001), fields: { name: 'A valid name' } },
    });
    expect(long.data!.submitSuggestion.problems[0].field).toBe('note');
    const empty = await t.gql<any>(SUBMIT, { input: { kind: 'CORRECTION', placeId } });
    expect(empty.data!.submitSuggestion.problems[0].field).toBe('fields');
  });

  it('rate-limits suggestions per client address', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 9; i += 1)
      codes.push(
        (await t.gql<any>(SUBMIT, { input: { kind: 'CLOSED', placeId, website: 'bot' } })).errors?.[0]?.extensions
          ?.code,
      );
    expect(codes).toContain('RATE_LIMITED');
  });
});
