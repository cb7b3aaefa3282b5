import type { AuthConfig } from '../../config';
import type { Logger } from '../../shared/logger';
import type { DirectoryService } from '../places/directory.service';
import { PlaceEditor } from '../places/place-editor.service';
import type { RateLimits } from '../../shared/rate-limits';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { AuthService } from './auth.service';
import { Mailer } from './mailer';
import { PasswordResets } from './password-resets.service';
import { Sessions } from './sessions';
import { UserAdmin } from './user-admin.service';

/** The staff side of the API, built once per app and handed to resolvers through the context. */
export interface BackOffice {
  config: AuthConfig;
  sessions: Sessions;
  auth: AuthService;
  users: UserAdmin;
  /** Self-service "forgot password" (mails a new link when SMTP is configured). */
  passwordResets: PasswordResets;
  /** True when SMTP_URL is set: password links are also mailed (the web app says so). */
  mailsPasswordLinks: boolean;
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
  };
}
