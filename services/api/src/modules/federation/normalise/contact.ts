import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A French (or international) phone number in E.164 form, or null when it is not a phone number. */
export function normalisePhone(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  // Sources sometimes list several numbers ("02 33 … / 06 …"): keep the first.
  const first = text.split(/\s*(?:\/|;|\bou\b)\s*/)[0]!;
  const phone = parsePhoneNumberFromString(first.replace(/^00/, '+'), 'FR');
  return phone?.isValid() ? phone.number : null;
}

/** A five-digit French postcode ("50100"); a leading zero lost by a spreadsheet is restored. */
export function normalisePostcode(value: string | null | undefined): string | null {
  const text = clean(value)?.replace(/\s/g, '');
  if (!text) return null;
  if (/^\d{4}$/.test(text)) return `0${text}`;
  return /^\d{5}$/.test(text) ? text : null;
}

/** An INSEE commune code ("50129", Corsica "2A004"). */
export function normaliseInseeCode(value: string | null | undefined): string | null {
  const text = clean(value)?.replace(/\s/g, '').toUpperCase();
  if (!text) return null;
  if (/^\d{4}$/.test(text)) return `0${text}`;
  return /^(\d{5}|2[AB]\d{3})$/.test(text) ? text : null;
}

/** An http(s) URL; "www.example.fr" gets https://. Anything else (mailto:, javascript:…) is dropped. */
export function normaliseUrl(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return url.toString();
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** A lowercase e-mail address, or null. */
export function normaliseEmail(value: string | null | undefined): string | null {
  const text = clean(value)
    ?.replace(/^mailto:/i, '')
    .toLowerCase();
  return text && text.length <= 254 && EMAIL.test(text) ? text : null;
}

/** A 14-digit SIRET (spaces removed), or null. */
export function normaliseSiret(value: string | null | undefined): string | null {
  const text = clean(value)?.replace(/\s/g, '');
  return text && /^\d{14}$/.test(text) ? text : null;
}

/** Trimmed text with inner runs of whitespace collapsed; null when empty. */
export function clean(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/** Trimmed multi-line text (descriptions keep their line breaks), capped. */
export function cleanText(value: unknown, max = 5000): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text.slice(0, max);
}
