import { z } from 'zod';
import { API_KEY_SCOPES } from './api-key.model';

export const MAX_RATE_PER_MINUTE = 100_000;

/** "https://www.valognes.fr/" → "https://www.valognes.fr"; rejects paths, credentials and other schemes. */
const origin = z
  .string()
  .trim()
  .max(200)
  .transform((value, ctx) => {
    try {
      const url = new URL(value);
      const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      if ((url.protocol === 'https:' || url.protocol === 'http:') && bare) return url.origin;
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an origin like https://www.example.fr (scheme and host, no path).`,
    });
    return z.NEVER;
  });

export const createApiKeyInput = z.object({
  name: z.string().trim().min(2, 'name needs at least 2 characters').max(120),
  origins: z.array(origin).max(20).default([]),
  ratePerMinute: z.number().int().min(1).max(MAX_RATE_PER_MINUTE).optional(),
  territory: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1).default(['READ']),
  createdBy: z.string().max(200).optional(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export interface InputProblem {
  field: string;
  message: string;
}

/** zod issues as field/message pairs a person can act on. */
export function toProblems(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', message: issue.message }));
}
