import type { AuthConfig } from '../config';
import type { BackOffice } from '../shared/context';
import type { Logger } from '../shared/logger';
import { type DirectoryService, PlaceEditor, publishedPlacesOfOrganizations } from '../modules/places';
import type { RateLimits } from '../shared/rate-limits';
import { SuggestionsService } from '../modules/suggestions';
import { AuthService, Mailer, PasswordResets, Sessions, UserAdmin } from '../modules/auth';

/** The staff side of the API, built once per app and handed to resolvers through the context. */
export function createBackOffice(deps: {
  config: AuthConfig;
  logger: Logger;
  directory: DirectoryService;
  limits: RateLimits;
  mailer?: Mailer | null;
}): BackOffice {
  const sessions = new Sessions(deps.config);
  const mailer = deps.mailer === undefined ? Mailer.fromConfig(deps.config) : deps.mailer;
  const users = new UserAdmin(deps.config, sessions, mailer);
  return {
    config: deps.config,
    sessions,
    auth: new AuthService(sessions),
    users,
    passwordResets: new PasswordResets({ users, limits: deps.limits, mails: mailer !== null, logger: deps.logger }),
    mailsPasswordLinks: mailer !== null,
    places: new PlaceEditor(deps.directory, deps.logger),
    suggestions: new SuggestionsService(deps.limits, deps.config.suggestionsPerMinute),
    writeDeps: { directory: deps.directory, logger: deps.logger },
    organizationPlaces: publishedPlacesOfOrganizations,
  };
}

export type { BackOffice };
