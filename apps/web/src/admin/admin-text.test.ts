import { sameInBothLanguages } from '../../test/french-left';
import { adminTexts } from './admin-text';

type Leaf = { path: string; fr: string; en: string | undefined };

/** Every string of the French text beside the English at the same path; functions are called with 2s. */
function leaves(fr: unknown, en: unknown, path = ''): Leaf[] {
  if (typeof fr === 'string') return [{ path, fr, en: typeof en === 'string' ? en : undefined }];
  if (typeof fr === 'function') {
    const args = Array.from({ length: fr.length }, () => 2);
    const english = typeof en === 'function' ? String(en(...args)) : undefined;
    return [{ path: `${path}()`, fr: String(fr(...args)), en: english }];
  }
  return Object.entries(fr as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, (en as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key),
  );
}

describe('back-office text', () => {
  const all = leaves(adminTexts.fr, adminTexts.en);

  it('gives every French key an English string, nested ones included', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((l) => !l.en).map((l) => l.path)).toEqual([]);
    expect(leaves(adminTexts.en, adminTexts.fr).filter((l) => l.en === undefined)).toEqual([]);
  });

  it('translates every string, but for words spelt the same in both languages', () => {
    const untranslated = all.filter((l) => l.en === l.fr && !sameInBothLanguages.has(l.fr));
    expect(untranslated.map((l) => `${l.path}: ${l.fr}`)).toEqual([]);
  });

  it('keeps the allow-list to words that are really used', () => {
    const identical = new Set(all.filter((l) => l.en === l.fr).map((l) => l.fr));
    expect([...sameInBothLanguages].filter((word) => !identical.has(word))).toEqual([]);
  });
});
