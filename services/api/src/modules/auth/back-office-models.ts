import { AuditEventModel } from '../audit/audit-event.model';
import { SuggestionModel } from '../suggestions/suggestion.model';
import { LoginCounterModel, LoginDeviceModel } from './login-throttle.model';
import { PasswordTokenModel, SessionModel } from './session.model';
import { UserModel } from './user.model';

/**
 * Creates the indexes of the staff collections (users, sessions, password_tokens, login_counters,
 * login_devices, audit_events, suggestions).
 */
export function initBackOfficeModels(): Promise<unknown> {
  return Promise.all([
    UserModel.init(),
    SessionModel.init(),
    PasswordTokenModel.init(),
    LoginCounterModel.init(),
    LoginDeviceModel.init(),
    AuditEventModel.init(),
    SuggestionModel.init(),
  ]);
}
