import { Schema, model } from 'mongoose';

/** What a counter counts. SEARCH: a place search; LOOKUP: an object typed in; OUTCOME: a resident acted on a place; FEEDBACK: "Avez-vous trouvé ?". */
export const INSIGHT_ACTIONS = ['SEARCH', 'LOOKUP', 'OUTCOME', 'FEEDBACK'] as const;
export type InsightAction = (typeof INSIGHT_ACTIONS)[number];
export const PLACE_OUTCOMES = ['OPENED', 'CALLED', 'WEBSITE', 'DIRECTIONS'] as const;
export const FEEDBACK_ANSWERS = ['FOUND', 'NOT_FOUND', 'PLACE_CLOSED', 'INFO_WRONG'] as const;
/** Whether a matching place was within 5, 15 or 30 km of the searched point (NONE: farther or none at all). */
export const NEAR_BANDS = ['KM5', 'KM15', 'KM30', 'NONE'] as const;

/** The dimensions of one counter; null where they do not apply. No person, address or exact point. */
export interface CounterKey {
  day: string;
  action: InsightAction;
  /** The searched action (GIVE, BUY…), for "sought to give vs to buy". */
  searchAction: string | null;
  subcategoryId: string | null;
  /** A phrase the resolver did not know (LOOKUP only), normalised and cut to 60 characters. */
  phrase: string | null;
  /** INSEE code of the commune of the searched point (or of the place, for outcomes and feedback). */
  inseeCode: string | null;
  nearBand: string | null;
  /** OUTCOME: the place outcome; FEEDBACK: the answer. */
  outcome: string | null;
  placeId: string | null;
}

export const KEY_FIELDS = [
  'day',
  'action',
  'searchAction',
  'subcategoryId',
  'phrase',
  'inseeCode',
  'nearBand',
  'outcome',
  'placeId',
] as const satisfies readonly (keyof CounterKey)[];

/** A counter's dimensions joined: the key of its in-memory count. */
export const counterId = (key: CounterKey) =>
  // KEY_FIELDS in order, written out: ~20 keys per counted search, on the search path.
  `${key.day}|${key.action}|${key.searchAction ?? ''}|${key.subcategoryId ?? ''}|${key.phrase ?? ''}|${key.inseeCode ?? ''}|${key.nearBand ?? ''}|${key.outcome ?? ''}|${key.placeId ?? ''}`;

/**
 * One anonymous daily counter of one API process (`insight_counters`, _id: dimensions | instance).
 * Only its own process writes a document, one flush at a time: two processes never update the same
 * document (FerretDB loses concurrent $inc on one document), and `seq`, the last flush applied, makes
 * a flush retried after an error it actually survived a no-op. Reads sum over instances. Places shown are
 * kept otherwise: one document per day, process and part of 10 000 places (`shown`), which each write
 * replaces with the process's running totals (same `seq` rule).
 */
const insightCounterSchema = new Schema(
  {
    _id: { type: String, required: true },
    day: { type: String, required: true },
    action: { type: String, enum: INSIGHT_ACTIONS, required: true },
    searchAction: { type: String, default: null },
    subcategoryId: { type: String, default: null },
    phrase: { type: String, default: null },
    inseeCode: { type: String, default: null },
    nearBand: { type: String, default: null },
    outcome: { type: String, default: null },
    placeId: { type: String, default: null },
    instance: { type: String, required: true },
    seq: { type: Number, required: true },
    count: { type: Number, default: 0 },
    /**
     * Places shown (OUTCOME SHOWN, placeId null; `_id` day|SHOWN|instance|part): the places this process
     * has shown that day, as `placeId\tcount` lines with its running totals (`count` is their sum).
     */
    shown: { type: String },
  },
  { versionKey: false, collection: 'insight_counters' },
);
insightCounterSchema.index({ action: 1, day: 1 });
insightCounterSchema.index({ placeId: 1, day: 1 });

export const InsightCounterModel = model('InsightCounter', insightCounterSchema);
