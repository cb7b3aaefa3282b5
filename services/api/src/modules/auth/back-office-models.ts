import { AuditEventModel } from '../audit/audit-event.model';
import { SuggestionModel } from '../suggestions/suggestion.model';
import { PasswordTokenModel, SessionModel } from './session.model';
import { UserModel } from './user.model';

/** Creates the indexes of the staff collections (users, sessions, password_tokens, audit_events, suggestions). */
export function initBackOfficeModels(): Promise<unknown> {
  return Promise.all([
    UserModel.init(),
    SessionModel.init(),
    PasswordTokenModel.init(),
    AuditEventModel.init(),
    SuggestionModel.init(),
  ]);
}
