import { AuditEventModel } from '../modules/audit';
import { ImpactDeclarationModel } from '../modules/impact';
import { SuggestionModel } from '../modules/suggestions';
import { LoginCounterModel, LoginDeviceModel, PasswordTokenModel, SessionModel, UserModel } from '../modules/auth';

/**
 * Creates the indexes of the staff collections (users, sessions, password_tokens, login_counters,
 * login_devices, audit_events, suggestions, impact_declarations).
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
    ImpactDeclarationModel.init(),
  ]);
}
