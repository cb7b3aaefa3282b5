import type {
  ApiKey,
  ApiKeyInputProblem,
  ApiKeyMonthlyUsage,
  ApiKeyScope,
  CreateApiKeyInput,
} from './api-keys-operations';

/** The create form as typed: origins and communes one per line. */
export interface ApiKeyDraft {
  name: string;
  origins: string;
  ratePerMinute: string;
  territory: string;
  scope: ApiKeyScope;
}

export const emptyDraft: ApiKeyDraft = { name: '', origins: '', ratePerMinute: '', territory: '', scope: 'READ' };

export type DraftField = 'name' | 'origins' | 'ratePerMinute' | 'territory' | 'scopes';
const FIELDS: readonly DraftField[] = ['name', 'origins', 'ratePerMinute', 'territory', 'scopes'];

/** Origins never contain spaces or commas: any of them separates two. */
export const originLines = (text: string) => text.split(/[\s,]+/).filter(Boolean);
/** Communes one per line (or separated by commas or semicolons). */
export const territoryLines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The typed rate: null when empty (the server's default), 'invalid' unless a whole number from 1 to max. */
export function parseRate(value: string, max: number): number | null | 'invalid' {
  const trimmed = value.trim().replace(/[\s\u202f]/g, '');
  if (!trimmed) return null;
  const rate = Number(trimmed);
  return Number.isInteger(rate) && rate >= 1 && rate <= max ? rate : 'invalid';
}

/** The mutation input of a draft whose rate parsed (see parseRate). */
export function draftInput(draft: ApiKeyDraft, ratePerMinute: number | null): CreateApiKeyInput {
  return {
    name: draft.name.trim(),
    origins: originLines(draft.origins),
    ratePerMinute,
    territory: territoryLines(draft.territory),
    // ADMIN keys keep READ: they make public queries too (as the CLI's --admin).
    scopes: draft.scope === 'ADMIN' ? ['READ', 'ADMIN'] : ['READ'],
  };
}

export interface FieldProblem {
  /** Index of the line for list fields (`origins.2`), else null. */
  index: number | null;
  message: string;
}

/** The server's problems by form field (`origins.2` → origins, line 3); the rest under `other`. */
export function groupProblems(problems: ApiKeyInputProblem[]) {
  const byField = Object.fromEntries(FIELDS.map((f) => [f, [] as FieldProblem[]])) as Record<
    DraftField,
    FieldProblem[]
  >;
  const other: string[] = [];
  for (const problem of problems) {
    const [head, index] = problem.field.split('.');
    const field = FIELDS.find((f) => f === head);
    if (field)
      byField[field].push({
        index: index !== undefined && /^\d+$/.test(index) ? Number(index) : null,
        message: problem.message,
      });
    else other.push(problem.message);
  }
  return { byField, other };
}

/** YYYY-MM of an instant in Europe/Paris, as the API counts usage. */
export function parisMonth(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}`;
}

/** This month's counts of a key: zero when its newest month with requests is an older one. */
export function usageThisMonth(usage: ApiKeyMonthlyUsage[], now: Date): { requests: number; rateLimited: number } {
  const month = parisMonth(now);
  const found = usage.find((u) => u.month === month);
  return { requests: found?.requests ?? 0, rateLimited: found?.rateLimited ?? 0 };
}

/** Keys to show: active ones, plus revoked ones when asked or revoked from this page just now. */
export function visibleKeys(keys: ApiKey[], showRevoked: boolean, keptInView: ReadonlySet<string>): ApiKey[] {
  return keys.filter((key) => !key.revokedAt || showRevoked || keptInView.has(key.id));
}

/** A first request to paste in a terminal: the key's own description. */
export function curlSnippet(apiOrigin: string, secret: string): string {
  return [
    `curl -s ${apiOrigin}/graphql \\`,
    `  -H 'X-Api-Key: ${secret}' -H 'content-type: application/json' \\`,
    `  -d '{"query":"{ currentApiKey { name ratePerMinute origins territory } }"}'`,
  ].join('\n');
}
