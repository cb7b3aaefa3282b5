import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig } from '../src/config';
import { OrganizationModel } from '../src/modules/organizations/organization.model';
import { hashPassword } from '../src/modules/auth/secrets';
import { Sessions } from '../src/modules/auth/sessions';
import { UserModel } from '../src/modules/auth/user.model';
import type { Role } from '../src/shared/viewer';
import type { GraphQLBody } from './app';

export const TEST_PASSWORD = 'correct horse battery staple';

/** The one-time token of a password link (`…/admin/mot-de-passe#token=…`: in the fragment, never sent to a server). */
export const linkToken = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('token');
const testAuthConfig = () => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }).auth;

export async function createOrganization(name = `Org ${randomBytes(3).toString('hex')}`): Promise<string> {
  return (await OrganizationModel.create({ name, kind: 'STRUCTURE' }))._id.toString();
}

/** A staff account that already chose its password (TEST_PASSWORD). */
export async function createStaff(
  role: Role,
  organizationId: string | null = null,
  email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.fr`,
) {
  const user = await UserModel.create({ email, role, organizationId, passwordHash: await hashPassword(TEST_PASSWORD) });
  return { id: user._id.toString(), email, role, organizationId };
}

/** The Cookie header of a fresh session for a user (skips the slow password check). */
export async function sessionCookieFor(userId: string): Promise<string> {
  const { token } = await new Sessions(testAuthConfig()).create(userId, new Date());
  return `reemploi_session=${token}`;
}

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLBody<T>>;

/** A GraphQL client sending the given headers (a session cookie, an Authorization header…). */
export function gqlWith(app: Express, headers: Record<string, string> = {}): Gql {
  return async (query, variables) => {
    const res = await request(app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(headers)
      .send({ query, variables });
    return res.body;
  };
}

/** A GraphQL client signed in as a new staff member of this role. */
export async function signedInAs(app: Express, role: Role, organizationId: string | null = null) {
  const user = await createStaff(role, organizationId);
  return { user, gql: gqlWith(app, { cookie: await sessionCookieFor(user.id) }) };
}
