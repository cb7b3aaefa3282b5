import { subcategoryById } from '@reemploi/taxonomy';
import { OrganizationModel, territoryCommuneOf } from '../organizations';
import { ImpactDeclarationModel, type ImpactLineRecord } from './impact-declaration.model';
import { avoidedCo2e } from './impact-factors';

/** What a set of validated lines adds up to. Items are counted apart: they have no weight here. */
export interface ImpactFigures {
  receivedKg: number;
  receivedItems: number;
  passedOnKg: number;
  passedOnItems: number;
  reusedKg: number;
  repairedKg: number;
  recycledKg: number;
  /** Everything passed on (reused, repaired or recycled) is kept out of landfill, in tonnes. */
  divertedTonnes: number;
  avoidedCo2eTonnes: number;
  /** The part of `avoidedCo2eTonnes` resting on ADEME's verified per-item factors… */
  avoidedCo2eVerifiedTonnes: number;
  /** …and the part resting on the illustrative per-kg ones. */
  avoidedCo2eIllustrativeTonnes: number;
}

export interface ImpactTotals {
  year: number | null;
  validatedMonths: number;
  structures: number;
  figures: ImpactFigures;
  byYear: { year: number; figures: ImpactFigures }[];
  byStructure: { organizationId: string; name: string; figures: ImpactFigures }[];
  byCommune: { inseeCode: string; name: string | null; figures: ImpactFigures }[];
  byCategory: { categoryId: string; figures: ImpactFigures }[];
  bySubcategory: { subcategoryId: string; categoryId: string; figures: ImpactFigures }[];
}

const empty = (): ImpactFigures => ({
  receivedKg: 0,
  receivedItems: 0,
  passedOnKg: 0,
  passedOnItems: 0,
  reusedKg: 0,
  repairedKg: 0,
  recycledKg: 0,
  divertedTonnes: 0,
  avoidedCo2eTonnes: 0,
  avoidedCo2eVerifiedTonnes: 0,
  avoidedCo2eIllustrativeTonnes: 0,
});

function add(figures: ImpactFigures, line: ImpactLineRecord): void {
  const kg = line.kg ?? 0;
  const items = line.items ?? 0;
  if (line.flow === 'RECEIVED') {
    figures.receivedKg += kg;
    figures.receivedItems += items;
    return;
  }
  figures.passedOnKg += kg;
  figures.passedOnItems += items;
  if (line.outcome === 'REUSED') figures.reusedKg += kg;
  if (line.outcome === 'REPAIRED') figures.repairedKg += kg;
  if (line.outcome === 'RECYCLED') figures.recycledKg += kg;
  figures.divertedTonnes += kg / 1000;
  if (!line.outcome) return;
  const avoided = avoidedCo2e(line, line.outcome);
  figures.avoidedCo2eTonnes += avoided.kgCo2e / 1000;
  if (avoided.verified) figures.avoidedCo2eVerifiedTonnes += avoided.kgCo2e / 1000;
  else figures.avoidedCo2eIllustrativeTonnes += avoided.kgCo2e / 1000;
}

/** Rounded for reading: kg to the kg, tonnes to the kg. */
const rounded = (f: ImpactFigures): ImpactFigures => ({
  receivedKg: Math.round(f.receivedKg),
  receivedItems: f.receivedItems,
  passedOnKg: Math.round(f.passedOnKg),
  passedOnItems: f.passedOnItems,
  reusedKg: Math.round(f.reusedKg),
  repairedKg: Math.round(f.repairedKg),
  recycledKg: Math.round(f.recycledKg),
  divertedTonnes: Math.round(f.divertedTonnes * 1000) / 1000,
  avoidedCo2eTonnes: Math.round(f.avoidedCo2eTonnes * 1000) / 1000,
  avoidedCo2eVerifiedTonnes: Math.round(f.avoidedCo2eVerifiedTonnes * 1000) / 1000,
  avoidedCo2eIllustrativeTonnes: Math.round(f.avoidedCo2eIllustrativeTonnes * 1000) / 1000,
});

class Buckets<K> {
  readonly map = new Map<K, ImpactFigures>();
  of(key: K): ImpactFigures {
    let figures = this.map.get(key);
    if (!figures) this.map.set(key, (figures = empty()));
    return figures;
  }
  sorted(): [K, ImpactFigures][] {
    return [...this.map]
      .map(([k, f]) => [k, rounded(f)] as [K, ImpactFigures])
      .sort((a, b) => b[1].passedOnKg - a[1].passedOnKg || b[1].receivedKg - a[1].receivedKg);
  }
}

/**
 * The public figures: validated declarations only (one per structure and month: validating a correction
 * supersedes the earlier version), of one year or of every year. Summed in memory: a territory's
 * structures declare a few hundred months a year.
 */
export async function impactTotals(year: number | null): Promise<ImpactTotals> {
  const filter: Record<string, unknown> = { status: 'VALIDATED' };
  if (year !== null) filter.month = { $gte: `${year}-01`, $lte: `${year}-12` };
  const declarations = await ImpactDeclarationModel.find(filter, {
    organizationId: 1,
    month: 1,
    inseeCode: 1,
    lines: 1,
  }).lean();
  const total = empty();
  const years = new Buckets<number>();
  const structures = new Buckets<string>();
  const communes = new Buckets<string>();
  const categories = new Buckets<string>();
  const subcategories = new Buckets<string>();
  for (const declaration of declarations)
    for (const line of declaration.lines) {
      const categoryId = subcategoryById(line.subcategoryId)?.categoryId ?? 'unknown';
      for (const figures of [
        total,
        years.of(Number(declaration.month.slice(0, 4))),
        structures.of(String(declaration.organizationId)),
        communes.of(declaration.inseeCode),
        categories.of(categoryId),
        subcategories.of(line.subcategoryId),
      ])
        add(figures, line);
    }
  const orgs = await OrganizationModel.find({ _id: { $in: [...structures.map.keys()] } }, { name: 1 }).lean();
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  return {
    year,
    validatedMonths: declarations.length,
    structures: structures.map.size,
    figures: rounded(total),
    byYear: years
      .sorted()
      .map(([y, figures]) => ({ year: y, figures }))
      .sort((a, b) => a.year - b.year),
    byStructure: structures
      .sorted()
      .map(([organizationId, figures]) => ({ organizationId, name: names.get(organizationId) ?? '', figures })),
    byCommune: communes
      .sorted()
      .map(([inseeCode, figures]) => ({ inseeCode, name: territoryCommuneOf(inseeCode)?.name ?? null, figures })),
    byCategory: categories.sorted().map(([categoryId, figures]) => ({ categoryId, figures })),
    bySubcategory: subcategories.sorted().map(([subcategoryId, figures]) => ({
      subcategoryId,
      categoryId: subcategoryById(subcategoryId)?.categoryId ?? 'unknown',
      figures,
    })),
  };
}
