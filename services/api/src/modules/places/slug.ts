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
