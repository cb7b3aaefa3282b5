import { subcategories } from '@reemploi/taxonomy';
import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { buildPlace } from '../../../test/factories';
import { recordingMailer } from '../../../test/mailer';
import { createOrganization, signedInAs } from '../../../test/staff';
import { Types } from 'mongoose';
import { createLogger } from '../../shared/logger';
import { OrganizationModel } from '../organizations';
import { BoardNotifications, IMMEDIATE_MAILS_PER_DAY } from './board-notifications';
import { BoardNotificationModel } from './board-subscription.model';

const { mailer, sent } = recordingMailer();
const t = useTestApp({ seedDemo: false, mailer });
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
const SUB = subcategories.find((s) => s.categoryId)!;
const SIBLING = subcategories.find((s) => s.categoryId === SUB.categoryId && s.id !== SUB.id);
const OTHER_CATEGORY = subcategories.find((s) => s.categoryId !== SUB.categoryId)!;

const CREATE = `mutation($input: BoardPostInput!) { createBoardPost(input: $input) { id } }`;
const SUBSCRIBE = `mutation($input: BoardSubscriptionInput!) { setBoardSubscription(input: $input) { mode email radiusKm } }`;

/** A structure with a place at [lng, lat], signed in, subscribed as asked, with a need when given. */
async function structureAt(lng: number, lat: number, mode: string, need?: Record<string, unknown>) {
  const org = await createOrganization();
  await buildPlace({
    organizationId: org,
    location: { type: 'Point', coordinates: [lng, lat] },
    address: { commune: 'X' },
  });
  const { gql, user } = await signedInAs(t.app, 'STRUCTURE', org);
  const subscribed = await gql(SUBSCRIBE, { input: { mode, radiusKm: 30 } });
  expect(subscribed.data!.setBoardSubscription).toEqual({ mode, email: user.email, radiusKm: 30 });
  if (need) {
    const res = await gql(CREATE, {
      input: {
        kind: 'NEED',
        type: 'MATERIAL',
        title: 'Besoin',
        quantity: 1,
        unit: 'LOT',
        pickupCommune: 'Brix',
        expiresAt: inDays(20),
        ...need,
      },
    });
    expect(res.errors).toBeUndefined();
  }
  return { org, email: user.email, gql };
}

const CHERBOURG: [number, number] = [-1.62, 49.64];
const VALOGNES: [number, number] = [-1.47, 49.51]; // ~18 km from Cherbourg
const SAINT_LO: [number, number] = [-1.09, 49.12]; // ~70 km

describe('board matching', () => {
  it('mails at once the structures within their radius whose needs match a new offer, and no one else', async () => {
    const near = await structureAt(...VALOGNES, 'IMMEDIATE', { subCategory: SIBLING?.id ?? SUB.id });
    const far = await structureAt(...SAINT_LO, 'IMMEDIATE', { subCategory: SUB.id });
    const unrelated = await structureAt(...VALOGNES, 'IMMEDIATE', { subCategory: OTHER_CATEGORY.id });
    const optedOut = await structureAt(...VALOGNES, 'NONE', { subCategory: SUB.id });
    const giver = await structureAt(...CHERBOURG, 'IMMEDIATE', { subCategory: SUB.id });
    const place = await buildPlace({
      organizationId: giver.org,
      location: { type: 'Point', coordinates: CHERBOURG },
      address: { commune: 'Cherbourg-en-Cotentin' },
    });

    const offer = await giver.gql(CREATE, {
      input: {
        kind: 'OFFER',
        type: 'MATERIAL',
        title: 'Portes intérieures en bon état',
        subCategory: SUB.id,
        quantity: 12,
        unit: 'PIECE',
        pickupPlaceId: place._id.toString(),
        expiresAt: inDays(10),
      },
    });
    expect(offer.errors).toBeUndefined();
    const postId = offer.data!.createBoardPost.id;
    await eventually(async () => expect(sent.map((m) => m.to)).toContain(near.email));
    // Every match is recorded before the first mail goes: the one near structure is the only one.
    expect(await BoardNotificationModel.countDocuments({ postId })).toBe(1);
    const mail = sent.find((m) => m.to === near.email)!;
    expect(mail.text).toContain('« Portes intérieures en bon état » — 12 pièce(s)');
    expect(mail.text).toContain(`/professionnels/bourse?annonce=${postId}`);
    for (const other of [far, unrelated, optedOut, giver]) expect(sent.map((m) => m.to)).not.toContain(other.email);
  });

  it('matches a structure offering the competence an offer names, and gathers DAILY matches in one digest a day', async () => {
    const daily = await structureAt(...VALOGNES, 'DAILY');
    await (
      await import('../organizations')
    ).OrganizationModel.updateOne(
      { _id: daily.org },
      { $set: { profile: { competences: [{ code: 'REPAIR', communes: [] }] } } },
    );
    // The pick-up commune has no listed place (no position): it is near a structure whose territory names it.
    await (
      await import('../organizations')
    ).OrganizationModel.updateOne({ _id: daily.org }, { $set: { territory: ['Valognes'] } });
    const giver = await structureAt(...CHERBOURG, 'NONE');
    for (const title of ['Atelier de réparation le samedi', 'Bénévoles réparateurs']) {
      const res = await giver.gql(CREATE, {
        input: {
          kind: 'OFFER',
          type: 'SKILL',
          title,
          competence: 'REPAIR',
          pickupCommune: 'Valognes',
          expiresAt: inDays(10),
        },
      });
      expect(res.errors).toBeUndefined();
    }
    await eventually(async () =>
      expect(await BoardNotificationModel.countDocuments({ organizationId: daily.org, mode: 'DAILY' })).toBe(2),
    );
    expect(sent.map((m) => m.to)).not.toContain(daily.email);

    const digests = new BoardNotifications({
      mailer,
      logger: createLogger('silent'),
      publicUrl: 'https://reemploi.example',
    });
    const tomorrow = inDays(1).slice(0, 10);
    expect(await digests.sendDigests(new Date(`${tomorrow}T04:30:00Z`))).toBe(0); // before 8:00 in Paris: not yet
    expect(await digests.sendDigests(new Date(`${tomorrow}T08:00:00Z`))).toBeGreaterThanOrEqual(1);
    const digest = sent.filter((m) => m.to === daily.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Atelier de réparation le samedi');
    expect(digest[0]!.text).toContain('Bénévoles réparateurs');
    expect(await digests.sendDigests(new Date(`${tomorrow}T09:00:00Z`))).toBe(0); // once a day
  });

  it('sends a structure at most IMMEDIATE_MAILS_PER_DAY immediate mails a day; the next matches wait for the digest', async () => {
    const flooded = await structureAt(...VALOGNES, 'IMMEDIATE', { subCategory: SUB.id });
    const earlier = Array.from({ length: IMMEDIATE_MAILS_PER_DAY }, () => ({
      organizationId: flooded.org,
      postId: new Types.ObjectId(),
      mode: 'IMMEDIATE',
      sentAt: new Date(),
    }));
    await BoardNotificationModel.insertMany(earlier);
    await OrganizationModel.updateOne({ _id: flooded.org }, { $set: { territory: ['Valognes'] } });
    const giver = await structureAt(...CHERBOURG, 'NONE');
    const offer = await giver.gql(CREATE, {
      input: {
        kind: 'OFFER',
        type: 'MATERIAL',
        title: 'Encore des portes',
        subCategory: SUB.id,
        quantity: 2,
        unit: 'PIECE',
        pickupCommune: 'Valognes',
        expiresAt: inDays(5),
      },
    });
    expect(offer.errors).toBeUndefined();
    const postId = offer.data!.createBoardPost.id;
    await eventually(async () =>
      expect(await BoardNotificationModel.findOne({ postId }).lean()).toMatchObject({ mode: 'DAILY', sentAt: null }),
    );
    expect(sent.map((m) => m.to)).not.toContain(flooded.email);
  });
});
