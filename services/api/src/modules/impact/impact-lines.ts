import { subcategories, subcategoryById } from '@reemploi/taxonomy';
import { DateTime } from 'luxon';
import { IMPACT_FLOWS, IMPACT_OUTCOMES, type ImpactFlow, type ImpactOutcome } from './impact-declaration.model';

/** Why a declaration line (a form line or a CSV row) was refused: stable codes (extensions `problem`). */
export const ImpactProblem = {
  INVALID_MONTH: 'INVALID_MONTH',
  FUTURE_MONTH: 'FUTURE_MONTH',
  INVALID_COMMUNE: 'INVALID_COMMUNE',
  UNKNOWN_SUBCATEGORY: 'UNKNOWN_SUBCATEGORY',
  UNKNOWN_FLOW: 'UNKNOWN_FLOW',
  UNKNOWN_OUTCOME: 'UNKNOWN_OUTCOME',
  /** PASSED_ON needs an outcome; RECEIVED has none. */
  OUTCOME_MISMATCH: 'OUTCOME_MISMATCH',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NEGATIVE_QUANTITY: 'NEGATIVE_QUANTITY',
  TOO_LARGE: 'TOO_LARGE',
  NO_QUANTITY: 'NO_QUANTITY',
  DUPLICATE_LINE: 'DUPLICATE_LINE',
  /** A CSV cell starting with = + - @ (or a tab / carriage return) that is not a plain number. */
  FORMULA_CELL: 'FORMULA_CELL',
  NO_LINES: 'NO_LINES',
  TOO_MANY_LINES: 'TOO_MANY_LINES',
} as const;
export type ImpactProblem = (typeof ImpactProblem)[keyof typeof ImpactProblem];

/** A refused line: its number (1-based form line, or CSV file line), the field and why. */
export interface LineProblem {
  line: number;
  field: string;
  problem: ImpactProblem;
  message: string;
}

export interface ImpactLine {
  subcategoryId: string;
  flow: ImpactFlow;
  outcome: ImpactOutcome | null;
  kg: number | null;
  items: number | null;
}

/** A line as typed in the form (numbers) or read from a CSV (strings). */
export interface LineInput {
  subcategoryId: string;
  flow: string;
  outcome?: string | null;
  kg?: number | string | null;
  items?: number | string | null;
}

/** More than any structure moves in a month: a typo (a missing decimal comma), not a figure. */
const MAX_KG = 10_000_000;
const MAX_ITEMS = 10_000_000;
export const MAX_LINES = 2000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

export class LineRefused extends Error {
  constructor(
    readonly field: string,
    readonly problem: ImpactProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The month of an instant in Europe/Paris, YYYY-MM. */
export const parisMonth = (at: Date) => DateTime.fromJSDate(at, { zone: 'Europe/Paris' }).toFormat('yyyy-MM');

/** A declared month: YYYY-MM (or MM/YYYY from a spreadsheet), not after the current month in Paris. */
export function checkMonth(value: string, now: Date): string {
  const trimmed = value.trim();
  const slashed = /^(0?[1-9]|1[0-2])\/(\d{4})$/.exec(trimmed);
  const month = slashed ? `${slashed[2]}-${slashed[1]!.padStart(2, '0')}` : trimmed;
  if (!MONTH.test(month) || month < '2000-01')
    throw new LineRefused('month', ImpactProblem.INVALID_MONTH, `"${value}" is not a month (YYYY-MM).`);
  if (month > parisMonth(now))
    throw new LineRefused(
      'month',
      ImpactProblem.FUTURE_MONTH,
      `${month} is in the future: declare a month once it has begun.`,
    );
  return month;
}

export function checkCommune(value: string): string {
  const code = value.trim().toUpperCase();
  if (!INSEE.test(code))
    throw new LineRefused(
      'inseeCode',
      ImpactProblem.INVALID_COMMUNE,
      `"${value}" is not an INSEE commune code (5 characters).`,
    );
  return code;
}

/** Lower case, no accents, words joined by _: "Réemploi" = "reemploi", "Petit électroménager" = "petit_electromenager". */
export const plainKey = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const FLOW_WORDS: Record<string, ImpactFlow> = {
  received: 'RECEIVED',
  recu: 'RECEIVED',
  entree: 'RECEIVED',
  passed_on: 'PASSED_ON',
  sorti: 'PASSED_ON',
  sortie: 'PASSED_ON',
  cede: 'PASSED_ON',
};
const OUTCOME_WORDS: Record<string, ImpactOutcome> = {
  reused: 'REUSED',
  reemploi: 'REUSED',
  reemploye: 'REUSED',
  repaired: 'REPAIRED',
  reparation: 'REPAIRED',
  repare: 'REPAIRED',
  recycled: 'RECYCLED',
  recyclage: 'RECYCLED',
  recycle: 'RECYCLED',
};
const subcategoryByLabel = new Map(subcategories.map((s) => [plainKey(s.label.fr), s.id]));

function subcategoryOf(value: string): string {
  const id = value.trim();
  if (subcategoryById(id)) return id;
  const byLabel = subcategoryByLabel.get(plainKey(id));
  if (byLabel) return byLabel;
  throw new LineRefused(
    'subcategoryId',
    ImpactProblem.UNKNOWN_SUBCATEGORY,
    `"${value}" is not an LVAO sub-category (an id such as "meuble", or its French name).`,
  );
}

function flowOf(value: string): ImpactFlow {
  const flow = (IMPACT_FLOWS as readonly string[]).includes(value)
    ? (value as ImpactFlow)
    : FLOW_WORDS[plainKey(value)];
  if (!flow) throw new LineRefused('flow', ImpactProblem.UNKNOWN_FLOW, `"${value}" is not RECEIVED or PASSED_ON.`);
  return flow;
}

function outcomeOf(value: string | null | undefined, flow: ImpactFlow): ImpactOutcome | null {
  const blank = value == null || value.trim() === '';
  const outcome = blank
    ? null
    : (IMPACT_OUTCOMES as readonly string[]).includes(value)
      ? (value as ImpactOutcome)
      : OUTCOME_WORDS[plainKey(value)];
  if (!blank && !outcome)
    throw new LineRefused('outcome', ImpactProblem.UNKNOWN_OUTCOME, `"${value}" is not REUSED, REPAIRED or RECYCLED.`);
  if (flow === 'PASSED_ON' && !outcome)
    throw new LineRefused(
      'outcome',
      ImpactProblem.OUTCOME_MISMATCH,
      'Say what became of what was passed on: REUSED, REPAIRED or RECYCLED.',
    );
  if (flow === 'RECEIVED' && outcome)
    throw new LineRefused(
      'outcome',
      ImpactProblem.OUTCOME_MISMATCH,
      'What was received has no outcome yet: leave it empty.',
    );
  return outcome ?? null;
}

/** A quantity: a number ≥ 0 (a CSV may write 1 250,5), or nothing. */
function quantityOf(value: number | string | null | undefined, field: 'kg' | 'items'): number | null {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return null;
  const n =
    typeof value === 'number'
      ? value
      : Number(
          value
            .trim()
            .replace(/[\s\u00a0\u202f]/g, '')
            .replace(',', '.'),
        );
  if (!Number.isFinite(n))
    throw new LineRefused(field, ImpactProblem.NOT_A_NUMBER, `${field}: "${value}" is not a number.`);
  if (n < 0) throw new LineRefused(field, ImpactProblem.NEGATIVE_QUANTITY, `${field} cannot be negative (${n}).`);
  if (field === 'items' && !Number.isInteger(n))
    throw new LineRefused(field, ImpactProblem.NOT_A_NUMBER, `items is a whole number of items ("${value}").`);
  if (n > (field === 'kg' ? MAX_KG : MAX_ITEMS))
    throw new LineRefused(field, ImpactProblem.TOO_LARGE, `${field}: ${n} is more than a structure moves in a month.`);
  return n;
}

/** One line checked and normalised, or LineRefused naming the first thing wrong. */
export function checkLine(input: LineInput): ImpactLine {
  const subcategoryId = subcategoryOf(input.subcategoryId);
  const flow = flowOf(input.flow);
  const outcome = outcomeOf(input.outcome, flow);
  const kg = quantityOf(input.kg, 'kg');
  const items = quantityOf(input.items, 'items');
  if (kg === null && items === null)
    throw new LineRefused('kg', ImpactProblem.NO_QUANTITY, 'Give a weight in kg, a number of items, or both.');
  return { subcategoryId, flow, outcome, kg, items };
}

/** The key two lines of one month may not share. */
export const lineKey = (line: ImpactLine) => `${line.subcategoryId}|${line.flow}|${line.outcome ?? ''}`;
