// "In good condition or broken?": ADEME's guide gives both routes (donate vs repair vs drop off);
// hazardous objects get only their channel. Used by resolveObject's answers (suggestedActions).
import type { ActionId } from './ids';
import { subcategoryById } from './categories';
import { hazardOf } from './hazards';
import { normalizeText } from './normalize';

export type ObjectCondition = 'GOOD' | 'BROKEN';

// prettier-ignore
const BROKEN = new Set([
  'casse', 'cassee', 'cassees', 'casses', 'panne', 'hs', 'abime', 'abimee', 'abimees', 'abimes', 'dechire',
  'dechiree', 'troue', 'trouee', 'fele', 'felee', 'broken', 'rouille', 'rouillee', 'irreparable',
]);
const GOOD = new Set(['neuf', 'neuve', 'neufs', 'neuves', 'impeccable', 'excellent', 'working', 'new']);
const NEGATIONS = new Set(['ne', 'n', 'plus', 'pas', 'not', 'no', 'longer']);
const WORKS = new Set(['marche', 'marchent', 'fonctionne', 'fonctionnent', 'works', 'work']);

/**
 * The condition a resident's text states, if any: "cassé", "en panne", "qui marche plus" → BROKEN;
 * "neuf", "bon état", "fonctionne" → GOOD; null when it says nothing about it.
 */
export function conditionOf(text: string): ObjectCondition | null {
  const words = normalizeText(text).split(' ');
  if (words.some((w) => BROKEN.has(w))) return 'BROKEN';
  const works = words.findIndex((w) => WORKS.has(w));
  if (works >= 0) {
    const around = words.slice(Math.max(0, works - 2), works + 3);
    return around.some((w) => NEGATIONS.has(w)) ? 'BROKEN' : 'GOOD';
  }
  const joined = ` ${words.join(' ')} `;
  if (words.some((w) => GOOD.has(w)) || joined.includes(' bon etat ') || joined.includes(' tres bon ')) return 'GOOD';
  return null;
}

/**
 * What a resident can do with an object of this sub-category in this condition, most fitting first:
 * a hazardous object only goes to its channel; a reusable one in good condition is given, sold or
 * swapped, a broken one repaired or dropped off; without a stated condition, all four.
 */
export function suggestedActions(subcategoryId: string, condition: ObjectCondition | null): ActionId[] {
  const hazard = hazardOf(subcategoryId);
  if (hazard) return hazard.channel === 'RETAILER_TAKE_BACK' ? ['RETURN', 'DROP_OFF'] : ['DROP_OFF'];
  if (!subcategoryById(subcategoryId)?.reusePossible) return ['DROP_OFF', 'RETURN'];
  if (condition === 'BROKEN') return ['REPAIR', 'DROP_OFF'];
  if (condition === 'GOOD') return ['DONATE', 'SELL', 'EXCHANGE'];
  return ['DONATE', 'REPAIR', 'SELL', 'DROP_OFF'];
}
