import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { hashPassword } from '../src/modules/auth/secrets';
import { UserModel } from '../src/modules/auth/user.model';
import { OrganizationModel } from '../src/modules/organizations/organization.model';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { SuggestionModel } from '../src/modules/suggestions/suggestion.model';
import type { Role } from '../src/shared/viewer';
import { TEST_PASSWORD } from './staff';

/**
 * Test data written through the real models, each builder creating the parents it is not given (like
 * Outline's factories): a test states only what it is about, and never depends on another test's data.
 * Pass a parent's id to share it; pass `organizationId: null` for data of no organisation.
 */

type Id = Types.ObjectId | string;
type Fields = Record<string, unknown>;

/** A short random suffix: names and slugs are unique per database. */
const unique = () => randomBytes(4).toString('hex');

export function buildOrganization(fields: Fields = {}) {
  return OrganizationModel.create({ name: `Organisation ${unique()}`, kind: 'STRUCTURE', ...fields });
}

/** Its organisation's id: the given one (null for none), else a new organisation's. */
async function organizationOf(fields: Fields): Promise<Id | null> {
  if ('organizationId' in fields) return fields.organizationId as Id | null;
  return (await buildOrganization())._id;
}

/** A CSV source of a new organisation unless given one. */
export async function buildSource(fields: Fields = {}) {
  return SourceModel.create({
    name: `Source ${unique()}`,
    format: 'csv',
    ...fields,
    organizationId: await organizationOf(fields),
  });
}

/** A published ressourcerie in Cherbourg, of a new organisation unless given one. */
export async function buildPlace(fields: Fields = {}) {
  return PlaceModel.create({
    slug: `lieu-${unique()}`,
    name: 'Ressourcerie test',
    kind: 'RESSOURCERIE',
    location: { type: 'Point', coordinates: [-1.62, 49.64] },
    status: 'PUBLISHED',
    ...fields,
    organizationId: await organizationOf(fields),
  });
}

/** A pending correction of a place's name, about a new place unless given `placeId`. */
export async function buildSuggestion(fields: Fields = {}) {
  const place = fields.placeId
    ? await PlaceModel.findById(fields.placeId).orFail().lean()
    : await buildPlace('organizationId' in fields ? { organizationId: fields.organizationId } : {});
  return SuggestionModel.create({
    kind: 'CORRECTION',
    baseVersion: place.version,
    changes: [{ field: 'name', value: 'Nouveau nom' }],
    ...fields,
    placeId: place._id,
    organizationId: 'organizationId' in fields ? (fields.organizationId as Id | null) : place.organizationId,
  });
}

/** A staff account with its password chosen (TEST_PASSWORD), of a new organisation for EDITOR and STRUCTURE. */
export async function buildUser(fields: Fields & { role?: Role } = {}) {
  const role = fields.role ?? 'EDITOR';
  const organizationId =
    'organizationId' in fields
      ? (fields.organizationId as Id | null)
      : role === 'EDITOR' || role === 'STRUCTURE'
        ? (await buildOrganization())._id
        : null;
  return UserModel.create({
    email: `${role.toLowerCase()}-${unique()}@example.fr`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    ...fields,
    role,
    organizationId,
  });
}
