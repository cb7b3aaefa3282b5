import type { Logger } from './logger';
import type { DirectoryService } from '../modules/places/directory.service';
import type { PlacesService } from '../modules/places/places.service';
import type { PartnerAccess } from '../modules/partners/api-key-registry';
import type { ApiKeyService } from '../modules/partners/api-key.service';
import type { BackOffice } from '../modules/auth/back-office';
import type { SessionCookie } from '../modules/auth/session-cookie';
import type { Viewer } from './viewer';
import type { FederationService } from '../modules/federation/federation.service';
import type { ResponseCacheTicket } from './http/response-cache';

/** What every resolver receives: the request's services, logger and clock. */
export interface Context {
  places: PlacesService;
  directory: DirectoryService;
  logger: Logger;
  /** One instant per request, so openNow and nextChangeAt agree across fields. */
  now: Date;
  /** The API key this request is made with (null: anonymous). */
  partner: PartnerAccess | null;
  apiKeys: ApiKeyService;
  /** Who is calling: anonymous, a staff user (role, organisation) or the admin token (an ADMIN). */
  viewer: Viewer;
  /** Sets / clears this response's session cookie (login, logout). */
  session: SessionCookie;
  /** The client's address (Express `req.ip`, honouring REEMPLOI_TRUST_PROXY), for rate limits. */
  clientAddress: string;
  /** Staff services: accounts, place editing, suggestions, history. */
  backOffice: BackOffice;
  /** Sources, imports and the match review queue (staff). */
  federation: FederationService;
  /** Set when the response cache may keep this request's answer (shared/http/response-cache). */
  responseCache?: ResponseCacheTicket;
}

export type Lang = 'FR' | 'EN';
export const langKey = (lang: Lang | undefined) => (lang === 'EN' ? 'en' : 'fr');
