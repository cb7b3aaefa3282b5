import type { Logger } from './logger';
import type { DirectoryService } from '../modules/places/directory.service';
import type { PlacesService } from '../modules/places/places.service';
import type { PartnerAccess } from '../modules/partners/api-key-registry';
import type { ApiKeyService } from '../modules/partners/api-key.service';

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
}

export type Lang = 'FR' | 'EN';
export const langKey = (lang: Lang | undefined) => (lang === 'EN' ? 'en' : 'fr');
