import { badInput, ErrorCode, AppError } from '../../shared/errors';
import { CompetenceModel } from './competence.model';

/** The seeded vocabulary (issue 14): services structures offer professionals and local authorities. */
export const SEEDED_COMPETENCES: readonly { code: string; label: string }[] = [
  { code: 'HOUSE_CLEARANCE', label: 'Débarras de maisons et d’appartements' },
  { code: 'BUSINESS_COLLECTION', label: 'Collecte sur site pour les entreprises' },
  { code: 'BUILDING_MATERIALS_REUSE', label: 'Réemploi de matériaux du bâtiment' },
  { code: 'REPAIR', label: 'Réparation' },
  { code: 'UPCYCLING_WORKSHOPS', label: 'Ateliers d’upcycling' },
  { code: 'TRAINING', label: 'Formation' },
  { code: 'SCHOOL_AWARENESS', label: 'Sensibilisation dans les écoles' },
  { code: 'PUBLIC_TENDERS_SOCIAL_CLAUSE', label: 'Réponse aux marchés publics avec clause sociale' },
  { code: 'LABOUR_PROVISION', label: 'Mise à disposition de personnel' },
];

export interface CompetenceView {
  code: string;
  label: string;
}

/** Adds the seeded terms that are missing (idempotent; an admin's label edits are kept). */
export async function seedCompetences(): Promise<void> {
  await CompetenceModel.bulkWrite(
    SEEDED_COMPETENCES.map((c) => ({
      updateOne: { filter: { code: c.code }, update: { $setOnInsert: c }, upsert: true },
    })),
  );
}

let seeded: Promise<void> | null = null;
/** Seeds once per process, on first use, so a fresh database has the vocabulary without a command. */
const ensureSeeded = () => (seeded ??= seedCompetences().catch((e: unknown) => ((seeded = null), Promise.reject(e))));

export async function listCompetences(): Promise<CompetenceView[]> {
  await ensureSeeded();
  const rows = await CompetenceModel.find({}).sort({ label: 1 }).lean();
  return rows.map((r) => ({ code: r.code, label: r.label }));
}

export async function knownCompetenceCodes(): Promise<Set<string>> {
  return new Set((await listCompetences()).map((c) => c.code));
}

const CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

/** Extends the vocabulary (admins). The code is the stable key profiles and searches use. */
export async function addCompetence(input: { code: string; label: string }): Promise<CompetenceView> {
  await ensureSeeded();
  const code = input.code.trim().toUpperCase();
  const label = input.label.trim();
  if (!CODE.test(code))
    throw badInput('A competence code is 2 to 60 capitals, digits or _, starting with a letter.', 'code');
  if (!label || label.length > 120) throw badInput('A competence needs a label of 1 to 120 characters.', 'label');
  if (await CompetenceModel.exists({ code }))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `The competence ${code} already exists.`, { field: 'code' });
  await CompetenceModel.create({ code, label });
  return { code, label };
}
