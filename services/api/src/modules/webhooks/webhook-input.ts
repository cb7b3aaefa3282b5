import { z } from 'zod';
import { URL_NOT_ALLOWED, urlRefusal, type UrlPolicy } from '../federation';
import { AppError, ErrorCode, ErrorReason, refusal } from '../../shared/errors';
import { CHANGE_KINDS, type ChangeKind, communeKey } from '../changes';

export interface WebhookInput {
  url: string;
  kinds: readonly string[];
  territory?: readonly string[] | null;
  contactEmail: string;
}

/** Stable `extensions.reason` of a refused endpoint URL (under BAD_USER_INPUT). */
export const WEBHOOK_URL_NOT_HTTPS = 'WEBHOOK_URL_NOT_HTTPS';
const MAX_TERRITORY = 100;

const refuse = (field: string, message: string, reason?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...(reason ? { reason } : {}) });

/**
 * Checks an endpoint before anything is stored: HTTPS, and the imports' address rules (a private,
 * loopback or link-local address is refused unless the operator listed it in
 * REEMPLOI_IMPORT_ALLOWED_HOSTS; plain HTTP is accepted only to such a listed address).
 */
export function checkEndpoint(url: string, policy: UrlPolicy): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse('url', 'The webhook URL is not a URL.', WEBHOOK_URL_NOT_HTTPS);
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && listedAddress(parsed, policy)))
    throw refuse('url', 'A webhook URL must use https://.', WEBHOOK_URL_NOT_HTTPS);
  const refused = urlRefusal(parsed, policy);
  if (refused)
    throw refuse(
      'url',
      `Webhooks cannot be sent to this URL (${URL_NOT_ALLOWED}): ${refused}. Use a public HTTPS address.`,
      URL_NOT_ALLOWED,
    );
  if (parsed.username || parsed.password)
    throw refuse('url', 'A webhook URL must not carry a user name or password.', WEBHOOK_URL_NOT_HTTPS);
}

/** An address the operator listed explicitly (tests' loopback receiver, a partner inside the network). */
function listedAddress(url: URL, policy: UrlPolicy): boolean {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port ? Number(url.port) : 80;
  return policy.networks.some((n) => {
    const listed = n.range[0].toString();
    return n.range[1] === (n.range[0].kind() === 'ipv4' ? 32 : 128) && listed === host && (n.port ?? port) === port;
  });
}

/** The input as stored, or a BAD_USER_INPUT / OUTSIDE_TERRITORY error naming the field. */
export function parseWebhookInput(
  input: WebhookInput,
  keyTerritory: readonly string[],
  policy: UrlPolicy,
): { url: string; kinds: ChangeKind[]; territory: string[]; contactEmail: string } {
  const url = input.url.trim();
  if (url.length > 2000) throw refuse('url', 'The webhook URL is longer than 2000 characters.');
  checkEndpoint(url, policy);
  const unknown = input.kinds.filter((kind) => !(CHANGE_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) throw refuse('kinds', `Unknown change kinds: ${unknown.join(', ')}.`);
  if (input.kinds.length === 0) throw refuse('kinds', 'Choose at least one change kind.');
  const contactEmail = input.contactEmail.trim();
  if (!z.email().max(320).safeParse(contactEmail).success)
    throw refuse('contactEmail', 'The contact e-mail address is not valid.');
  const territory = [...new Set((input.territory ?? []).map((c) => c.trim()).filter(Boolean))];
  if (territory.length > MAX_TERRITORY || territory.some((c) => c.length > 100))
    throw refuse('territory', `At most ${MAX_TERRITORY} communes of 100 characters.`);
  if (keyTerritory.length > 0) {
    const allowed = new Set(keyTerritory.map(communeKey));
    const outside = territory.filter((c) => !allowed.has(communeKey(c)));
    if (outside.length > 0)
      throw refusal(
        ErrorReason.OUTSIDE_TERRITORY,
        `This API key is restricted to ${keyTerritory.join(', ')}; ${outside.join(', ')} is outside it.`,
        { field: 'territory' },
      );
  }
  return {
    url,
    kinds: [...new Set(input.kinds)] as ChangeKind[],
    territory: territory.length > 0 ? territory : [...keyTerritory],
    contactEmail,
  };
}
