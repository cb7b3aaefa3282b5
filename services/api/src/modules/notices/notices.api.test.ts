import { Types } from 'mongoose';
import { useTestApp } from '../../../test/app';
import { createOrganization, signedInAs, type Gql } from '../../../test/staff';
import { PlaceModel } from '../places/place.model';
import { localDay } from './notice-input';

const t = useTestApp({ seedDemo: false, env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '100000' } });
let admin: Gql;
let structure: Gql;
let orgA = '';
let orgB = '';

// Days relative to today (Europe/Paris), so the notices are current whenever the test runs.
const day = (offset: number) => {
  const now = new Date();
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset));
};
const ALWAYS_OPEN = 'Mo-Su 00:00-24:00';

const NOTICE_FIELDS = 'id kind startsOn endsOn reason message openingHours seasons { from to openingHours } current';
const ADD = `mutation($target: NoticeTargetInput!, $notice: PlaceNoticeInput!) {
  addPlaceNotice(target: $target, notice: $notice) { notice { ${NOTICE_FIELDS} } places { id version } } }`;
const REMOVE = `mutation($noticeId: ID!, $placeIds: [ID!]!) { removePlaceNotice(noticeId: $noticeId, placeIds: $placeIds) { id version } }`;
const PUBLIC = `query($id: ID!) { place(id: $id) { openNow nextChangeAt openingHours effectiveOpeningHours
  weekHours { date intervals { opens } } notices { ${NOTICE_FIELDS} } } }`;
const OPEN_NOW = `query($text: String!) { places(filter: { text: $text, openNow: true }) { totalCount } }`;

let counter = 0;
async function createPlace(
  fields: { kind?: string; commune?: string; organizationId?: string; openingHours?: string | null } = {},
) {
  counter += 1;
  const res = await admin(
    `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id version } problems { message } } }`,
    {
      input: {
        status: 'PUBLISHED',
        organizationId: fields.organizationId ?? orgA,
        fields: {
          name: `Déchèterie numéro ${counter}`,
          kind: fields.kind ?? 'RECYCLING_CENTRE',
          address: { commune: fields.commune ?? 'Valognes' },
          location: { lat: 49.51, lng: -1.47 },
          openingHours: fields.openingHours === undefined ? ALWAYS_OPEN : fields.openingHours,
        },
      },
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createPlace.place as { id: string; version: number };
}

const publicPlace = async (id: string) => (await t.gql<any>(PUBLIC, { id })).data!.place;
const stored = async (id: string) => (await PlaceModel.findById(id).lean())!;
const closure = (reason = 'grève') => ({ kind: 'CLOSURE', startsOn: day(0), endsOn: day(2), reason });

beforeAll(async () => {
  orgA = await createOrganization('Syndicat du Cotentin');
  orgB = await createOrganization('Ressourcerie voisine');
  admin = (await signedInAs(t.app, 'ADMIN')).gql;
  structure = (await signedInAs(t.app, 'STRUCTURE', orgA)).gql;
});

describe('notices on places', () => {
  it('closes a place for a strike: the place page shows it, open now and the open-now filter follow at once', async () => {
    const place = await createPlace();
    const name = `Déchèterie numéro ${counter}`;
    expect((await publicPlace(place.id)).openNow).toBe(true);
    expect((await t.gql<any>(OPEN_NOW, { text: name })).data!.places.totalCount).toBe(1);

    const res = await admin(ADD, { target: { placeIds: [place.id] }, notice: closure() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addPlaceNotice.places).toEqual([{ id: place.id, version: place.version + 1 }]);

    const shown = await publicPlace(place.id);
    expect(shown.openNow).toBe(false);
    expect(shown.openingHours).toBe(ALWAYS_OPEN); // the base hours, as edited, stay apart
    expect(shown.effectiveOpeningHours).toContain('off "grève"');
    expect(shown.weekHours[0].intervals).toEqual([]);
    expect(shown.weekHours[3].intervals).toEqual([{ opens: '00:00' }]);
    expect(new Date(shown.nextChangeAt).getTime()).toBe(new Date(`${day(3)}T00:00:00`).getTime());
    expect(shown.notices).toEqual([
      expect.objectContaining({ kind: 'CLOSURE', startsOn: day(0), endsOn: day(2), reason: 'grève', current: true }),
    ]);
    expect((await t.gql<any>(OPEN_NOW, { text: name })).data!.places.totalCount).toBe(0);

    const history = await admin(`query($id: ID!) { placeHistory(id: $id) { action note changes { field } } }`, {
      id: place.id,
    });
    expect(history.data!.placeHistory[0]).toMatchObject({
      action: 'UPDATE',
      changes: [{ field: 'notices' }],
      note: expect.stringContaining('CLOSURE'),
    });
  });

  it('removes a notice: the place opens again', async () => {
    const place = await createPlace();
    const added = await admin(ADD, { target: { placeIds: [place.id] }, notice: closure('travaux') });
    const noticeId = added.data!.addPlaceNotice.notice.id;
    const removed = await admin(REMOVE, { noticeId, placeIds: [place.id] });
    expect(removed.errors).toBeUndefined();
    const shown = await publicPlace(place.id);
    expect(shown.notices).toEqual([]);
    expect(shown.openNow).toBe(true);
    const again = await admin(REMOVE, { noticeId, placeIds: [place.id] });
    expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('shows a free notice and exceptional hours, current ones first', async () => {
    const place = await createPlace();
    const later = await admin(ADD, {
      target: { placeIds: [place.id] },
      notice: { kind: 'EXCEPTIONAL_HOURS', startsOn: day(5), endsOn: day(6), openingHours: 'Mo-Su 10:00-12:00' },
    });
    expect(later.errors).toBeUndefined();
    const notice = await admin(ADD, {
      target: { placeIds: [place.id] },
      notice: { kind: 'NOTICE', endsOn: day(7), message: 'Benne textile pleine, passez la semaine prochaine' },
    });
    expect(notice.errors).toBeUndefined();
    const shown = await publicPlace(place.id);
    expect(shown.notices.map((n: { kind: string; current: boolean }) => [n.kind, n.current])).toEqual([
      ['NOTICE', true],
      ['EXCEPTIONAL_HOURS', false],
    ]);
    expect(shown.openNow).toBe(true); // a free notice does not change the hours
    expect(shown.weekHours[5].intervals).toEqual([{ opens: '10:00' }]);
  });

  it('drops expired notices from the place and from storage at the next notice write', async () => {
    const place = await createPlace();
    // A notice that ended yesterday, as it would be stored (the write path refuses to add one).
    await PlaceModel.collection.updateOne(
      { _id: new Types.ObjectId(place.id) },
      {
        $set: {
          notices: [
            {
              id: 'old',
              kind: 'CLOSURE',
              startsOn: day(-3),
              endsOn: day(-1),
              reason: 'neige',
              seasons: [],
              createdAt: new Date(),
            },
          ],
          updatedAt: new Date(),
        },
      },
    );
    t.directory.apply(await stored(place.id));
    expect((await publicPlace(place.id)).notices).toEqual([]);
    await admin(ADD, { target: { placeIds: [place.id] }, notice: closure() });
    expect((await stored(place.id)).notices.map((n) => n.reason)).toEqual(['grève']);
  });

  it('adds one closure to every déchèterie of the caller’s organisation, and to nobody else’s', async () => {
    const ours = [await createPlace(), await createPlace({ commune: 'Les Pieux' })];
    const ressourcerie = await createPlace({ kind: 'RESSOURCERIE' });
    const theirs = await createPlace({ organizationId: orgB });
    const res = await structure(ADD, { target: { kinds: ['RECYCLING_CENTRE'] }, notice: closure('intempéries') });
    expect(res.errors).toBeUndefined();
    const written = res.data!.addPlaceNotice.places.map((p: { id: string }) => p.id);
    expect(written).toEqual(expect.arrayContaining(ours.map((p) => p.id)));
    expect(written).not.toContain(theirs.id);
    expect(written).not.toContain(ressourcerie.id);
    expect((await publicPlace(theirs.id)).notices).toEqual([]);
    expect((await publicPlace(ours[1]!.id)).openNow).toBe(false);
    // The same notice id on every place: one removal takes it off all of them.
    const removed = await structure(REMOVE, { noticeId: res.data!.addPlaceNotice.notice.id, placeIds: written });
    expect(removed.errors).toBeUndefined();
    expect((await publicPlace(ours[0]!.id)).openNow).toBe(true);
  });

  it('selects the places of a commune, by name in any case or by INSEE code', async () => {
    const inCherbourg = await createPlace({ kind: 'RESSOURCERIE', commune: 'Cherbourg-en-Cotentin' });
    const elsewhere = await createPlace({ kind: 'RESSOURCERIE', commune: 'Bricquebec' });
    const res = await admin(ADD, {
      target: { communes: ['cherbourg-en-cotentin'], kinds: ['RESSOURCERIE'] },
      notice: { kind: 'NOTICE', endsOn: day(1), message: 'Collecte de jouets cette semaine' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addPlaceNotice.places.map((p: { id: string }) => p.id)).toEqual([inCherbourg.id]);
    expect((await publicPlace(elsewhere.id)).notices).toEqual([]);
  });

  it('refuses a place of another organisation, writing none of the selection', async () => {
    const ours = await createPlace();
    const theirs = await createPlace({ organizationId: orgB });
    const res = await structure(ADD, { target: { placeIds: [ours.id, theirs.id] }, notice: closure() });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    expect((await stored(ours.id)).notices).toEqual([]);
    const anonymous = await t.gql(ADD, { target: { placeIds: [ours.id] }, notice: closure() });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // Moderators read every place but change places only by accepting suggestions, by kind too.
    const moderator = (await signedInAs(t.app, 'MODERATOR')).gql;
    const byKind = await moderator(ADD, { target: { kinds: ['RECYCLING_CENTRE'] }, notice: closure() });
    expect(byKind.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect((await stored(ours.id)).notices).toEqual([]);
    // A structure closes its own place by id.
    const own = await structure(ADD, { target: { placeIds: [ours.id] }, notice: closure() });
    expect(own.errors).toBeUndefined();
  });

  it.each([
    [
      'a closure ending before it starts',
      { ...closure(), startsOn: day(3), endsOn: day(1) },
      'endsOn',
      'ENDS_BEFORE_START',
    ],
    ['a closure already over', { ...closure(), startsOn: day(-5), endsOn: day(-1) }, 'endsOn', 'ALREADY_OVER'],
    ['a closure ending absurdly far', { ...closure(), endsOn: '2999-12-31' }, 'endsOn', 'TOO_FAR'],
    ['a day that does not exist', { ...closure(), endsOn: '2027-02-30' }, 'endsOn', 'INVALID_DATE'],
    ['a closure without reason', { ...closure(), reason: '  ' }, 'reason', 'REQUIRED'],
    ['HTML in a reason', closure('<script>alert(1)</script>grève'), 'reason', 'MARKUP'],
    [
      'a notice over 280 characters',
      { kind: 'NOTICE', endsOn: day(1), message: 'x'.repeat(281) },
      'message',
      'TOO_LONG',
    ],
    [
      'a seasonal set whose hours do not parse',
      {
        kind: 'SEASONAL_HOURS',
        seasons: [{ from: '04-01', to: '09-30', openingHours: 'tous les jours sauf dimanche' }],
      },
      'seasons.0.openingHours',
      'INVALID_HOURS',
    ],
    [
      'a season on a day that does not exist',
      { kind: 'SEASONAL_HOURS', seasons: [{ from: '04-31', to: '09-30', openingHours: 'Mo-Sa 09:00-18:00' }] },
      'seasons.0.from',
      'INVALID_DATE',
    ],
  ])('refuses %s with a stable problem and stores nothing', async (_, notice, field, problem) => {
    const place = await createPlace();
    const res = await admin(ADD, { target: { placeIds: [place.id] }, notice });
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    const after = await stored(place.id);
    expect(after.notices).toEqual([]);
    expect(after.version).toBe(place.version);
  });

  it('keeps a reason with angle brackets that is not markup, as plain text', async () => {
    const place = await createPlace();
    const res = await admin(ADD, { target: { placeIds: [place.id] }, notice: closure('travaux < 3 jours & "voirie"') });
    expect(res.errors).toBeUndefined();
    expect((await publicPlace(place.id)).notices[0].reason).toBe('travaux < 3 jours & "voirie"');
  });

  it('keeps a reason inside its comment: quotes in it cannot add opening rules', async () => {
    const place = await createPlace();
    const res = await admin(ADD, {
      target: { placeIds: [place.id] },
      notice: closure('grève" ; Mo-Su 00:00-24:00 open "'),
    });
    expect(res.errors).toBeUndefined();
    const shown = await publicPlace(place.id);
    expect(shown.openNow).toBe(false);
    expect(shown.notices[0].reason).toBe('grève" ; Mo-Su 00:00-24:00 open "');
  });

  it('switches to seasonal hours through the API, and keeps unknown hours unknown outside a closure', async () => {
    const place = await createPlace({ openingHours: null });
    expect((await publicPlace(place.id)).openNow).toBeNull();
    await admin(ADD, {
      target: { placeIds: [place.id] },
      notice: { kind: 'SEASONAL_HOURS', seasons: [{ from: '01-01', to: '12-31', openingHours: 'Mo-Su 00:00-24:00' }] },
    });
    const shown = await publicPlace(place.id);
    expect(shown.openNow).toBe(true);
    expect(shown.notices).toEqual([expect.objectContaining({ kind: 'SEASONAL_HOURS', current: true })]);
  });
});
