import { PlaceModel } from './place.model';

/** URL-safe, accent-free, lowercase slug of a name. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'lieu';
}

/** A slug not used by any place yet: the name's slug, then with the commune, then numbered. */
export async function uniqueSlug(name: string, commune?: string | null): Promise<string> {
  const base = slugify(name);
  const candidates = [base];
  if (commune) candidates.push(`${base}-${slugify(commune)}`);
  for (const candidate of candidates) {
    if (!(await PlaceModel.exists({ slug: candidate }))) return candidate;
  }
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!(await PlaceModel.exists({ slug: candidate }))) return candidate;
  }
}

/** Slugs handed out during one import, on top of those in the database (loaded once per run). */
export class SlugAllocator {
  private taken: Set<string> | null = null;

  async allocate(name: string, commune: string | null): Promise<string> {
    this.taken ??= new Set(await PlaceModel.distinct('slug'));
    const base = slugify(name);
    const candidates = [base, ...(commune ? [`${base}-${slugify(commune)}`] : [])];
    let slug = candidates.find((c) => !this.taken!.has(c));
    for (let n = 2; !slug; n += 1) if (!this.taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
