// Auth module: staff users, sessions, roles, sign-in throttling, password links and resets.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('auth', 'schema.graphql');

export { AuthService } from './auth.service';
export { LoginCounterModel, LoginDeviceModel } from './login-throttle.model';
export { Mailer } from './mailer';
export { PasswordResets } from './password-resets.service';
export { authResolvers } from './resolvers';
export { authenticate, sessionCookieOf, viewerOf } from './session-cookie';
export { PasswordTokenModel, SessionModel } from './session.model';
export { Sessions } from './sessions';
export { UserAdmin } from './user-admin.service';
export { runUserCommand } from './user.command';
export { UserModel } from './user.model';
