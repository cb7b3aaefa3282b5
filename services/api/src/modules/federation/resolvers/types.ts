import type { Context } from '../../../shared/context';
import { MAX_STORED_PROBLEMS } from '../normalise/import-problems';
import { formatToGraphQL } from '../sources/source-input';
import { sourceLockOf } from '../runs/source-lock';
import type {
  ImportRunRejectionsArgs,
  ImportRunWarningsArgs,
  SourceChangesArgs,
  SourceRunsArgs,
} from '../../../generated/graphql';
import { sourcePolicy } from '../sources/source.policy';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
type Doc = Record<string, unknown> & { _id: { toString(): string } };

export const Source = {
  id: (s: Doc) => s._id.toString(),
  format: (s: { format: string }) => formatToGraphQL(s.format),
  priority: (s: { priority?: number | null }) => s.priority ?? 50,
  nextRunAt: (s: { nextRunAt?: Date | null }) => iso(s.nextRunAt),
  lastRunAt: (s: { lastRunAt?: Date | null }) => iso(s.lastRunAt),
  lockedUntil: async (s: Doc, _: unknown, ctx: Context) =>
    (await sourceLockOf(s._id.toString(), ctx.now))?.expiresAt.toISOString() ?? null,
  runs: (s: Doc, args: SourceRunsArgs, ctx: Context) => ctx.federation.listRuns(s._id.toString(), args.first ?? 10),
  options: (s: { options?: unknown }) => s.options ?? null,
  changes: (s: Doc, args: SourceChangesArgs, ctx: Context) => {
    sourcePolicy.changeOptions(ctx.viewer);
    return ctx.federation.sourceChanges(s._id.toString(), args.first ?? 20);
  },
};

export const SourceChange = {
  at: (c: { at: Date }) => c.at.toISOString(),
  actorEmail: (c: { actor: { email?: string | null } }) => c.actor.email ?? null,
  actorType: (c: { actor: { type: string } }) => c.actor.type,
};

export const ImportRun = {
  id: (r: Doc) => r._id.toString(),
  sourceId: (r: { sourceId: { toString(): string } }) => r.sourceId.toString(),
  startedAt: (r: { startedAt: Date }) => r.startedAt.toISOString(),
  finishedAt: (r: { finishedAt?: Date | null }) => iso(r.finishedAt),
  warned: (r: { warned?: number | null }) => r.warned ?? 0,
  rejections: (r: { rejections: { code?: string | null }[] }, args: ImportRunRejectionsArgs) =>
    r.rejections
      .slice(0, storedProblems(args.first))
      // Runs recorded before rejection codes existed.
      .map((rejection) => ({ ...rejection, code: rejection.code ?? 'ROW_UNREADABLE' })),
  warnings: (r: { warnings?: unknown[] | null }, args: ImportRunWarningsArgs) =>
    (r.warnings ?? []).slice(0, storedProblems(args.first)),
};

const storedProblems = (first: number | null | undefined) => Math.min(Math.max(first ?? 100, 0), MAX_STORED_PROBLEMS);

export const MatchReview = {
  id: (r: Doc) => r._id.toString(),
  recordName: (r: { record: string }) => (JSON.parse(r.record) as { fields: { name: string } }).fields.name,
  recordAddress: (r: { record: string }) => {
    const { fields } = JSON.parse(r.record) as { fields: Record<string, string | null> };
    return (
      [fields['address.street'], fields['address.postcode'], fields['address.commune']].filter(Boolean).join(', ') ||
      null
    );
  },
  place: (r: { placeId: { toString(): string } }, _: unknown, ctx: Context) =>
    ctx.places.find({ id: r.placeId.toString() }),
  decidedAt: (r: { decidedAt?: Date | null }) => iso(r.decidedAt),
};

export const PendingClosure = {
  id: (p: Doc) => p._id.toString(),
  sourceId: (p: { sourceId: { toString(): string } }) => p.sourceId.toString(),
  importRunId: (p: { importRunId: { toString(): string } }) => p.importRunId.toString(),
  places: (p: { places: { placeId: { toString(): string } }[] }) =>
    p.places.map((held) => ({ ...held, placeId: held.placeId.toString() })),
  createdAt: (p: { createdAt: Date }) => p.createdAt.toISOString(),
  decidedAt: (p: { decidedAt?: Date | null }) => iso(p.decidedAt),
};
