import type { Logger } from './logger';
import type { Viewer } from './viewer';
import type { ResponseCacheTicket } from './http/response-cache';

/*
 * What every resolver receives. The request-wide part is declared here; each module adds the services it
 * hands its resolvers in its own `context.ts` (TypeScript declaration merging), so shared/ imports no
 * module and a module's context fields are written beside its code. The composition root
 * (src/composition, app.ts) builds one object with every field.
 */

/** What every resolver receives: the request's services, logger and clock. */
export interface Context {
  logger: Logger;
  /** One instant per request, so openNow and nextChangeAt agree across fields. */
  now: Date;
  /** Who is calling: anonymous, a staff user (role, organisation) or the admin token (an ADMIN). */
  viewer: Viewer;
  /** The client's address (Express `req.ip`, honouring REEMPLOI_TRUST_PROXY), for rate limits. */
  clientAddress: string;
  /** Staff services: accounts, place editing, suggestions, history (each module adds its own). */
  backOffice: BackOffice;
  /** Set when the response cache may keep this request's answer (shared/http/response-cache). */
  responseCache?: ResponseCacheTicket;
}

/** The staff side of the API, built once per app (composition/back-office.ts); modules add their services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface BackOffice {}

export type Lang = 'FR' | 'EN';
export const langKey = (lang: Lang | undefined) => (lang === 'EN' ? 'en' : 'fr');
