import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { SourceModel } from './source.model';
import { PlaceModel, type AUDIENCES, type PLACE_KINDS, type ACTIONS } from './place.model';
import { uniqueSlug } from './slug';

export const DEMO_SOURCE_NAME = 'Réemploi — données de démonstration (Cotentin)';

interface DemoPlace {
  externalId: string;
  name: string;
  kind: (typeof PLACE_KINDS)[number];
  commune: string;
  locality?: string;
  postcode?: string;
  inseeCode?: string;
  location: { lat: number; lng: number };
  locationPrecision?: string;
  /** French; descriptionEn and noteEn are their English versions. */
  description?: string;
  descriptionEn?: string;
  openingHours?: string;
  /** The hours are typical for the kind of place, not published ones. */
  hoursIllustrative?: boolean;
  labels?: string[];
  audience?: (typeof AUDIENCES)[number];
  offers: { action: (typeof ACTIONS)[number]; subcategories: string[] }[];
  address?: string;
  phone?: string;
  note?: string;
  noteEn?: string;
  sourceUrl?: string;
}

interface DemoFile {
  about: string;
  licence: { fr: string; en: string };
  places: DemoPlace[];
}

const withNote = (text: string | undefined, label: string, note: string | undefined) =>
  [text, note ? `${label}${note}` : null].filter(Boolean).join('\n') || null;

/** Splits "5 bis rue Paul Doumer, 50100 Cherbourg-en-Cotentin" into street and postcode. */
export function parseDemoAddress(address: string | undefined): { street: string | null; postcode: string | null } {
  if (!address) return { street: null, postcode: null };
  const match = /^(.*?),\s*(\d{5})\s+.+$/.exec(address);
  if (match) return { street: match[1]!.trim(), postcode: match[2]! };
  return { street: address.trim(), postcode: null };
}

export function demoPlacesFile(): string {
  return path.join(repoRoot(), 'services', 'api', 'data', 'demo', 'cotentin-places.json');
}

/**
 * Loads the Cotentin demo data once: keyed by (demo source, externalId), so running it again never
 * duplicates a place and never overwrites what staff changed since.
 */
export async function seedDemoPlaces(file = demoPlacesFile()): Promise<{ created: number; skipped: number }> {
  const { about, licence, places } = JSON.parse(readFileSync(file, 'utf8')) as DemoFile;
  const source = await SourceModel.findOneAndUpdate(
    { name: DEMO_SOURCE_NAME },
    {
      $setOnInsert: { name: DEMO_SOURCE_NAME, format: 'demo', licence: licence.fr, attribution: about, priority: 10 },
    },
    { upsert: true, returnDocument: 'after' },
  );
  let created = 0;
  let skipped = 0;
  const now = new Date();
  for (const demo of places) {
    const exists = await PlaceModel.exists({ 'sources.sourceId': source._id, 'sources.externalId': demo.externalId });
    if (exists) {
      skipped += 1;
      continue;
    }
    const { street, postcode } = parseDemoAddress(demo.address);
    const description = withNote(demo.description, 'Note : ', demo.note);
    const descriptionEn = withNote(demo.descriptionEn, 'Note: ', demo.noteEn ?? demo.note);
    await PlaceModel.create({
      slug: await uniqueSlug(demo.name, demo.commune),
      name: demo.name,
      kind: demo.kind,
      description,
      descriptionEn: { text: descriptionEn, translates: descriptionEn ? description : null },
      address: {
        street,
        postcode: postcode ?? demo.postcode ?? null,
        commune: demo.commune,
        inseeCode: demo.inseeCode ?? null,
        locality: demo.locality ?? null,
      },
      location: { type: 'Point', coordinates: [demo.location.lng, demo.location.lat] },
      locationPrecision: demo.locationPrecision === 'commune' ? 'COMMUNE' : 'ADDRESS',
      contact: { phone: demo.phone ?? null, email: null, website: null },
      openingHours: demo.openingHours ?? null,
      illustrativeOpeningHours: demo.hoursIllustrative ? (demo.openingHours ?? null) : null,
      offers: demo.offers,
      labels: demo.labels ?? [],
      audience: demo.audience ?? null,
      status: 'PUBLISHED',
      isDemo: true,
      createdBySourceId: source._id,
      sources: [
        {
          sourceId: source._id,
          name: DEMO_SOURCE_NAME,
          licence: licence.fr,
          licenceEn: licence.en,
          attribution: null,
          externalId: demo.externalId,
          url: demo.sourceUrl ?? null,
          firstSeenAt: now,
          lastSeenAt: now,
        },
      ],
    });
    created += 1;
  }
  await SourceModel.updateOne({ _id: source._id }, { $set: { lastRunAt: now } });
  return { created, skipped };
}
