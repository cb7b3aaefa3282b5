import { isValidObjectId } from 'mongoose';
import { z } from 'zod';
import { badInput, notFound } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import type { RateLimits } from '../../shared/rate-limits';
import { findPlace } from '../places';
import { comparable, getPath, parsePlaceFields, type FieldProblem } from '../places';
import { decodeCursor, encodeCursor, validatePageSize } from '../places';
import { suggestionPolicy } from './suggestion.policy';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES, SuggestionModel } from './suggestion.model';

const MAX_SUGGESTION_BYTES = 20_000;

const submitSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS),
  placeId: z.string().refine(isValidObjectId, 'Not a place id.').nullish(),
  duplicateOfId: z.string().refine(isValidObjectId, 'Not a place id.').nullish(),
  fields: z.unknown().optional(),
  note: z.string().trim().max(2000, 'At most 2000 characters.').nullish(),
  contactEmail: z.string().trim().email('Not an email address.').max(254).nullish(),
  website: z.string().nullish(),
});

export type SubmitSuggestionInput = z.input<typeof submitSchema>;
export type StoredSuggestion = NonNullable<Awaited<ReturnType<typeof loadSuggestion>>>;

export async function loadSuggestion(id: string) {
  const suggestion = isValidObjectId(id) ? await SuggestionModel.findOne({ _id: id }).lean() : null;
  if (!suggestion) throw notFound('No such suggestion.');
  return suggestion;
}

/** Suggestions from the public: submission (anonymous, rate-limited, honeypot) and the staff queue. */
export class SuggestionsService {
  constructor(
    private readonly limits: RateLimits,
    private readonly perMinute: number,
  ) {}

  async submit(
    input: SubmitSuggestionInput,
    clientAddress: string,
  ): Promise<{ received: boolean; problems: FieldProblem[] }> {
    await this.limits.enforce(
      `suggest:${clientAddress}`,
      this.perMinute,
      (seconds) => `Too many suggestions from your address; retry in ${seconds} s.`,
    );
    if (JSON.stringify(input ?? {}).length > MAX_SUGGESTION_BYTES) throw badInput('This suggestion is too long.');
    const parsed = submitSchema.safeParse(input);
    if (!parsed.success)
      return {
        received: false,
        problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      };
    const { kind, placeId, duplicateOfId, note, contactEmail, website } = parsed.data;
    // Honeypot: the form hides `website`; only robots fill it. They are told it worked, and nothing is kept.
    if (website) return { received: true, problems: [] };

    const fields = parsePlaceFields(parsed.data.fields);
    if (!fields.ok)
      return { received: false, problems: fields.problems.map((p) => ({ ...p, field: `fields.${p.field}` })) };
    let changes = Object.entries(fields.changes).map(([field, value]) => ({ field, value }));
    if (kind === 'CLOSED' || kind === 'DUPLICATE') changes = [{ field: 'status', value: 'CLOSED' }];

    const problems: FieldProblem[] = [];
    if (kind !== 'NEW_PLACE' && !placeId) problems.push({ field: 'placeId', message: 'Which place is this about?' });
    if (kind === 'NEW_PLACE' && placeId) problems.push({ field: 'placeId', message: 'A new place has no id yet.' });
    if ((kind === 'CORRECTION' || kind === 'MOVED' || kind === 'NEW_PLACE') && changes.length === 0)
      problems.push({ field: 'fields', message: 'Tell us what should change.' });
    if (kind === 'NEW_PLACE') {
      for (const field of ['name', 'kind', 'location'])
        if (!(field in fields.changes)) problems.push({ field: `fields.${field}`, message: 'Needed for a new place.' });
    }
    if (kind === 'DUPLICATE' && (!duplicateOfId || duplicateOfId === placeId))
      problems.push({ field: 'duplicateOfId', message: 'Which place is it a duplicate of?' });
    if (problems.length > 0) return { received: false, problems };

    // Drafts and archived places do not exist for the public.
    const place = placeId ? await findPlace(placeId, ['PUBLISHED', 'CLOSED']) : null;
    if (placeId && !place) throw notFound('No such place.');
    if (duplicateOfId && !(await findPlace(duplicateOfId, ['PUBLISHED'])))
      throw notFound('No such place (duplicate of).');

    await SuggestionModel.create({
      kind,
      placeId: place?._id ?? null,
      organizationId: place?.organizationId ?? null,
      duplicateOfId: duplicateOfId ?? null,
      baseVersion: place?.version ?? null,
      changes,
      note: note ?? null,
      contactEmail: contactEmail ?? null,
    });
    return { received: true, problems: [] };
  }

  async queue(
    viewer: Viewer,
    args: { status?: string | null; placeId?: string | null; first?: number | null; after?: string | null },
  ) {
    const scope = suggestionPolicy.scope(viewer);
    const filter: Record<string, unknown> = {};
    if (args.status != null) {
      if (!(SUGGESTION_STATUSES as readonly string[]).includes(args.status))
        throw badInput('Unknown status.', 'status');
      filter.status = args.status;
    }
    if (args.placeId != null) {
      if (!isValidObjectId(args.placeId)) throw badInput('Not a place id.', 'placeId');
      filter.placeId = args.placeId;
    }
    const query = { ...filter, ...scope };
    const limit = validatePageSize(args.first);
    const offset = decodeCursor(args.after);
    const [nodes, totalCount] = await Promise.all([
      SuggestionModel.find(query).sort({ createdAt: 1, _id: 1 }).skip(offset).limit(limit).lean(),
      SuggestionModel.countDocuments(query),
    ]);
    const end = offset + nodes.length;
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
    };
  }

  async get(viewer: Viewer, id: string): Promise<StoredSuggestion> {
    const suggestion = await loadSuggestion(id);
    suggestionPolicy.view(viewer, suggestion);
    return suggestion;
  }
}

/** Field by field: the place's current value next to the proposed one. */
export async function suggestionDiff(suggestion: StoredSuggestion) {
  const place = suggestion.placeId ? await findPlace(suggestion.placeId) : null;
  return suggestion.changes.map(({ field, value }) => {
    const current = place ? getPath(place, field) : null;
    return { field, current, proposed: value ?? null, differs: comparable(current) !== comparable(value) };
  });
}
