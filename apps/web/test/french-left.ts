import { adminTexts } from '../src/admin/admin-text';

/** Words spelt the same in both languages; anything else identical in English was left untranslated. */
export const sameInBothLanguages: ReadonlySet<string> = new Set([
  'Action',
  'Commune',
  'Contact',
  'Correction',
  'Description',
  'Import',
  'Imports',
  'Labels',
  'Latitude',
  'Longitude',
  'Message',
]);

/** The back-office's French strings (not its formatting functions), but for the words shared by English. */
function frenchStrings(): Set<string> {
  const french = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (!sameInBothLanguages.has(value)) french.add(value);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(adminTexts.fr);
  return french;
}

/**
 * The back-office French strings found in a rendered English page, as the whole text of an element
 * or as an aria-label, title or placeholder.
 */
export function frenchLeftIn(container: HTMLElement): string[] {
  const french = frenchStrings();
  const found = new Set<string>();
  for (const element of container.querySelectorAll('*')) {
    const own = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    const whole = element.textContent?.trim() ?? '';
    const attributes = ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '');
    for (const text of [own, whole, ...attributes]) if (french.has(text)) found.add(text);
  }
  return [...found];
}
