import { normalizeText, resolveObject, setExtraSynonyms, subcategoryById } from '@reemploi/taxonomy';
import { badInput } from '../../shared/errors';
import { actorOf, forbidden, requireStaff, type Viewer } from '../../shared/viewer';
import { ObjectSynonymModel, UnknownObjectQueryModel } from './vocabulary.model';

const MAX_KEY = 80;
const MAX_TERM = 60;
/** The collection stops taking new texts past this many (existing ones still count). */
const MAX_UNKNOWN_TEXTS = 20_000;
/** How often an instance reloads staff synonyms added on other instances. */
export const SYNONYMS_REFRESH_MS = 60_000;
// An e-mail address or a number of 4 digits or more (phone, postcode, card…) is never recorded.
const PERSONAL = /@|\d{4,}/;

let loadedAt = 0;
let loading: Promise<void> | null = null;
// The synonyms the resolver holds, as loaded: the index (0.1–0.2 s to build, blocking) is only rebuilt
// when they change, not at every refresh.
let loadedSignature = '';

/** Loads staff synonyms into the resolver (now, and again when older than SYNONYMS_REFRESH_MS). */
export function refreshSynonyms(force = false): Promise<void> {
  if (!force && (loading || Date.now() - loadedAt < SYNONYMS_REFRESH_MS)) return loading ?? Promise.resolve();
  loading = ObjectSynonymModel.find({}, { term: 1, subcategoryId: 1 })
    .lean()
    .then((rows) => {
      const synonyms = rows.map((r) => ({ term: r.term, subcategoryId: r.subcategoryId }));
      const signature = synonyms
        .map((r) => `${r.term}→${r.subcategoryId}`)
        .sort()
        .join('\n');
      if (signature !== loadedSignature) setExtraSynonyms(synonyms);
      loadedSignature = signature;
      loadedAt = Date.now();
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

// An allow-list: a role added later (COLLECTIVITY was) manages nothing until it is named here.
const VOCABULARY_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'EDITOR', 'MODERATOR']);

function requireVocabularyStaff(viewer: Viewer) {
  const staff = requireStaff(viewer);
  if (!VOCABULARY_ROLES.has(staff.role))
    throw forbidden('ROLE_NOT_ALLOWED', 'Only admins, editors and moderators manage the object vocabulary.');
  return staff;
}

/**
 * Records, anonymously, that a resident's text matched nothing (and which sub-category they picked
 * instead, if any). Returns whether it was recorded: texts that still match, carry personal data or
 * are too long for a name are not.
 */
export async function reportUnknownObject(
  text: string,
  pickedSubcategoryId: string | null | undefined,
): Promise<boolean> {
  if (text.length > 200) throw badInput('text is limited to 200 characters.', 'text');
  if (pickedSubcategoryId && !subcategoryById(pickedSubcategoryId))
    throw badInput(`Unknown sub-category ${pickedSubcategoryId}.`, 'pickedSubcategoryId');
  const key = normalizeText(text);
  if (key.length < 2 || key.length > MAX_KEY || PERSONAL.test(text)) return false;
  if (resolveObject(text, 1).some((m) => m.confidence !== 'low')) return false;
  const exists = await UnknownObjectQueryModel.exists({ key });
  if (!exists && (await UnknownObjectQueryModel.estimatedDocumentCount()) >= MAX_UNKNOWN_TEXTS) return false;
  const inc: Record<string, number> = { count: 1 };
  if (pickedSubcategoryId) inc[`picked.${pickedSubcategoryId}`] = 1;
  await UnknownObjectQueryModel.updateOne({ key }, { $inc: inc, $set: { lastSeenAt: new Date() } }, { upsert: true });
  return true;
}

export async function unknownObjectQueries(viewer: Viewer, first: number) {
  requireVocabularyStaff(viewer);
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first must be between 1 and 200.', 'first');
  const rows = await UnknownObjectQueryModel.find().sort({ count: -1, lastSeenAt: -1 }).limit(first).lean();
  return rows.map((row) => ({
    text: row.key,
    count: row.count,
    lastSeenAt: row.lastSeenAt.toISOString(),
    picked: Object.entries(row.picked ?? {})
      .map(([id, count]) => ({ subcategory: subcategoryById(id), count: Number(count) }))
      .filter((p) => p.subcategory !== undefined)
      .sort((a, b) => b.count - a.count),
  }));
}

export async function objectSynonyms(viewer: Viewer) {
  requireVocabularyStaff(viewer);
  const rows = await ObjectSynonymModel.find().sort({ term: 1 }).lean();
  return rows.map(toGraphql);
}

function toGraphql(row: { _id: { toString(): string }; term: string; subcategoryId: string; createdAt?: Date | null }) {
  return {
    id: row._id.toString(),
    term: row.term,
    subcategory: subcategoryById(row.subcategoryId),
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
  };
}

/** Adds a synonym; residents' queries use it at once on this instance, within a minute on others. */
export async function addObjectSynonym(viewer: Viewer, term: string, subcategoryId: string) {
  const staff = requireVocabularyStaff(viewer);
  const normalized = normalizeText(term);
  if (normalized.length < 2 || normalized.length > MAX_TERM)
    throw badInput(`term must have between 2 and ${MAX_TERM} letters or digits.`, 'term');
  if (!subcategoryById(subcategoryId)) throw badInput(`Unknown sub-category ${subcategoryId}.`, 'subcategoryId');
  const actor = actorOf(staff);
  const row = await ObjectSynonymModel.findOneAndUpdate(
    { term: normalized, subcategoryId },
    { $setOnInsert: { term: normalized, subcategoryId, createdBy: actor.email ?? actor.type } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  await UnknownObjectQueryModel.deleteOne({ key: normalized });
  await refreshSynonyms(true);
  return toGraphql(row!);
}

export async function removeObjectSynonym(viewer: Viewer, id: string): Promise<boolean> {
  requireVocabularyStaff(viewer);
  if (!/^[0-9a-f]{24}$/.test(id)) throw badInput('Not a synonym id.', 'id');
  const { deletedCount } = await ObjectSynonymModel.deleteOne({ _id: id });
  await refreshSynonyms(true);
  return deletedCount > 0;
}
