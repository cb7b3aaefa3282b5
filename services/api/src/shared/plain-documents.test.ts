import { Types } from 'mongoose';
import { actions } from '@reemploi/taxonomy';
import { PlaceModel } from '../modules/places/place.model';
import { AuditEventModel } from '../modules/audit';
import { plainDocuments } from './plain-documents';

const sourceId = new Types.ObjectId();
const now = new Date('2026-12-06T05:00:00Z');

/** A place as an import builds it: partial nested objects, a source entry, offers, provenance. */
const importedPlace = (overrides: Record<string, unknown> = {}) => ({
  _id: new Types.ObjectId(),
  slug: 'ressourcerie-du-cotentin',
  name: '  Ressourcerie du Cotentin ',
  kind: 'RESSOURCERIE',
  address: { street: '12 rue du Port', commune: 'Cherbourg-en-Cotentin', postcode: '50100' },
  location: { type: 'Point', coordinates: [-1.62, 49.64] },
  contact: { phone: '+33233000000' },
  openingHours: 'Mo-Fr 09:00-12:00',
  offers: [{ action: actions[0]!.id, subcategories: ['meuble'] }, { action: actions[1]!.id }],
  homeService: true,
  provenance: { name: String(sourceId), 'address.street': String(sourceId) },
  sources: [
    {
      sourceId,
      name: 'LVAO',
      attribution: 'ADEME',
      externalId: 'lvao-1',
      firstSeenAt: now,
      lastSeenAt: now,
      hash: 'abc',
    },
  ],
  status: 'PUBLISHED',
  overrides: [],
  organizationId: null,
  createdBySourceId: sourceId,
  version: 1,
  createdAt: now,
  updatedAt: now,
  ...overrides,
});

const asMongooseStoresIt = (doc: Record<string, unknown>) =>
  new PlaceModel(doc).toObject({ virtuals: false, getters: false, versionKey: false });

describe('plain documents (bulk inserts without a mongoose Document each)', () => {
  const place = plainDocuments(PlaceModel.schema);

  it('stores a place exactly as mongoose would: defaults, nested defaults, subdocuments, trim', () => {
    const doc = importedPlace();
    const plain = place(doc);
    expect(plain).toEqual(asMongooseStoresIt(doc));
    expect(plain).toMatchObject({
      name: 'Ressourcerie du Cotentin',
      description: null,
      address: { inseeCode: null, locality: null },
      contact: { email: null },
      labels: [],
      isDemo: false,
      notices: [],
    });
    expect((plain.sources as { missed: boolean; licence: null }[])[0]).toMatchObject({ missed: false, licence: null });
    expect((plain.offers as { subcategories: string[] }[])[1]!.subcategories).toEqual([]);
  });

  it('gives every document its own default arrays', () => {
    const a = place(importedPlace({ labels: undefined }));
    const b = place(importedPlace({ labels: undefined }));
    (a.labels as string[]).push('x');
    expect(b.labels).toEqual([]);
  });

  it.each([
    ['a missing name', { name: undefined }, /name: is required/],
    ['a blank name', { name: '   ' }, /name: is required/],
    ['an unknown kind', { kind: 'CASINO' }, /kind: "CASINO" is not one of its values/],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, /name: longer than 200/],
    ['an unknown action in an offer', { offers: [{ action: 'STEAL' }] }, /offers\.0\.action/],
    [
      'a source entry without its source',
      { sources: [{ name: 'LVAO', firstSeenAt: now, lastSeenAt: now }] },
      /sources\.0\.sourceId: is required/,
    ],
  ])('refuses %s, as mongoose does', async (_, change, message) => {
    const doc = importedPlace(change);
    expect(() => place(doc)).toThrow(message);
    await expect(new PlaceModel(doc).validate()).rejects.toThrow();
  });

  it('refuses a value of the wrong type where mongoose would cast it', () => {
    expect(() => place(importedPlace({ version: '1' }))).toThrow(/version: not a Number/);
    expect(() => place(importedPlace({ homeService: 'yes' }))).toThrow(/homeService: not a Boolean/);
  });

  it('stores an audit event as mongoose would, ids given as text included', () => {
    const event = plainDocuments(AuditEventModel.schema);
    const doc = {
      placeId: new Types.ObjectId(),
      at: now,
      action: 'CREATE',
      actor: { type: 'IMPORT', sourceId: String(sourceId), sourceName: 'LVAO', importRunId: 'run-1' },
      changes: [{ field: 'name', before: null, after: 'Ressourcerie' }],
      version: 1,
      note: null,
    };
    const plain = event(doc);
    const mongoose = new AuditEventModel(doc).toObject({ virtuals: false, getters: false });
    expect({ ...plain, _id: null }).toEqual({ ...mongoose, _id: null });
    expect((plain.actor as { sourceId: unknown }).sourceId).toEqual(sourceId);
  });
});
