import type { AuthConfig } from '../../config';
import type { Logger } from '../../shared/logger';
import type { DirectoryService } from '../places/directory.service';
import { PlaceEditor } from '../places/place-editor.service';
import type { RateLimits } from '../partners/rate-limits';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { AuthService } from './auth.service';
import { Mailer } from './mailer';
import { Sessions } from './sessions';
import { UserAdmin } from './user-admin.service';

/** The staff side of the API, built once per app and handed to resolvers through the context. */
export interface BackOffice {
  config: AuthConfig;
  sessions: Sessions;
  auth: AuthService;
  users: UserAdmin;
  places: PlaceEditor;
  suggestions: SuggestionsService;
  /** What place write commands need (accepting a suggestion writes a place). */
  writeDeps: { directory: DirectoryService; logger: Logger };
}

export function createBackOffice(deps: {
  config: AuthConfig;
  logger: Logger;
  directory: DirectoryService;
  limits: RateLimits;
  mailer?: Mailer | null;
}): BackOffice {
  const sessions = new Sessions(deps.config);
  const mailer = deps.mailer === undefined ? Mailer.fromConfig(deps.config) : deps.mailer;
  return {
    config: deps.config,
    sessions,
    auth: new AuthService(sessions),
    users: new UserAdmin(deps.config, sessions, mailer),
    places: new PlaceEditor(deps.directory, deps.logger),
    suggestions: new SuggestionsService(deps.limits, deps.config.suggestionsPerMinute),
    writeDeps: { directory: deps.directory, logger: deps.logger },
  };
}
