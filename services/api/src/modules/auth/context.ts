import type { AuthConfig } from '../../config';
import type { AuthService } from './auth.service';
import type { PasswordResets } from './password-resets.service';
import type { SessionCookie } from './session-cookie';
import type { Sessions } from './sessions';
import type { UserAdmin } from './user-admin.service';

// What the auth module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    /** Sets / clears this response's session cookie (login, logout). */
    session: SessionCookie;
  }
  interface BackOffice {
    config: AuthConfig;
    sessions: Sessions;
    auth: AuthService;
    users: UserAdmin;
    /** Self-service "forgot password" (mails a new link when SMTP is configured). */
    passwordResets: PasswordResets;
    /** True when SMTP_URL is set: password links are also mailed (the web app says so). */
    mailsPasswordLinks: boolean;
  }
}
