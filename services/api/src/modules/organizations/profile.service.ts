import { isValidObjectId } from 'mongoose';
import { badInput, notFound } from '../../shared/errors';
import { forbidden } from '../../shared/viewer';
import { knownCompetenceCodes } from './competences.service';
import { INSERTION_TYPES, OrganizationModel } from './organization.model';
import { communePositions } from './commune-positions';
import type { OrganizationPlace, OrganizationPlaces } from './context';
import { NetworkIndex, type NetworkEntry, type NetworkQuery } from './network-index';
import { findGaps, type NetworkGap } from './network-gaps';
import { normaliseSiret, siretProblem } from './siret';

export interface OfferedCompetence {
  code: string;
  communes: string[];
}

export interface ProfileInput {
  siret?: string | null;
  legalForm?: string | null;
  ess?: boolean | null;
  insertionTypes?: string[] | null;
  networks?: string[] | null;
  description?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  capacity?: number | null;
  insertionJobs?: number | null;
  contactPerson?: string | null;
  territory?: string[] | null;
  competences?: { code: string; communes?: string[] | null }[] | null;
}

/** A structure's profile as stored; `insertionJobs` and `contactPerson` are not public (see structure.policy). */
export interface StructureView {
  id: string;
  name: string;
  kind: string;
  territory: string[];
  siret: string | null;
  legalForm: string | null;
  ess: boolean;
  insertionTypes: string[];
  networks: string[];
  description: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  capacity: number | null;
  insertionJobs: number | null;
  contactPerson: string | null;
  competences: OfferedCompetence[];
}

const text = (value: string | null | undefined, field: string, max: number) => {
  const v = value?.trim() || null;
  if (v && v.length > max) throw badInput(`${field} is at most ${max} characters.`, field);
  return v;
};

const list = (values: string[] | null | undefined, field: string, max = 200) => {
  const out = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  if (out.length > max) throw badInput(`${field} has at most ${max} entries.`, field);
  for (const v of out) if (v.length > 120) throw badInput(`Each ${field} entry is at most 120 characters.`, field);
  return out;
};

const count = (value: number | null | undefined, field: string) => {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > 100_000)
    throw badInput(`${field} is a whole number between 0 and 100 000.`, field);
  return value;
};

/** Checks every field first, so that bad input stores nothing. */
async function validate(input: ProfileInput) {
  let siret: string | null = null;
  if (input.siret?.trim()) {
    siret = normaliseSiret(input.siret);
    const problem = siretProblem(siret);
    if (problem === 'FORMAT') throw badInput('A SIRET is 14 digits (spaces allowed).', 'siret');
    if (problem === 'KEY') throw badInput('This SIRET’s check key is wrong: check for a mistyped digit.', 'siret');
  }
  const insertionTypes = list(input.insertionTypes, 'insertionTypes');
  for (const t of insertionTypes)
    if (!(INSERTION_TYPES as readonly string[]).includes(t))
      throw badInput(`Unknown insertion type ${t} (one of ${INSERTION_TYPES.join(', ')}).`, 'insertionTypes');
  const email = text(input.email, 'email', 254);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('This e-mail address is not valid.', 'email');
  const website = text(input.website, 'website', 500);
  if (website && !/^https?:\/\/[^\s]+$/i.test(website))
    throw badInput('A website starts with https:// or http://.', 'website');
  const known = await knownCompetenceCodes();
  const competences = (input.competences ?? []).map((c, i) => {
    if (!known.has(c.code))
      throw badInput(
        `Unknown competence ${c.code}: pick one from the list (an admin can add it).`,
        `competences.${i}.code`,
      );
    return { code: c.code, communes: list(c.communes, `competences.${i}.communes`) };
  });
  if (new Set(competences.map((c) => c.code)).size !== competences.length)
    throw badInput('Each competence is listed once (give it several communes instead).', 'competences');
  return {
    territory: list(input.territory, 'territory'),
    profile: {
      siret,
      legalForm: text(input.legalForm, 'legalForm', 120),
      ess: input.ess ?? false,
      insertionTypes,
      networks: list(input.networks, 'networks', 20),
      description: text(input.description, 'description', 4000),
      email,
      phone: text(input.phone, 'phone', 40),
      website,
      capacity: count(input.capacity, 'capacity'),
      insertionJobs: count(input.insertionJobs, 'insertionJobs'),
      contactPerson: text(input.contactPerson, 'contactPerson', 200),
      competences,
    },
  };
}

type Lean = {
  _id: { toString(): string };
  name: string;
  kind?: string | null;
  territory?: string[] | null;
  profile?: Partial<Omit<StructureView, 'id' | 'name' | 'kind' | 'territory'>> | null;
};

function present(o: Lean): StructureView {
  const p = o.profile ?? {};
  return {
    id: o._id.toString(),
    name: o.name,
    kind: o.kind ?? 'OTHER',
    territory: o.territory ?? [],
    siret: p.siret ?? null,
    legalForm: p.legalForm ?? null,
    ess: p.ess ?? false,
    insertionTypes: p.insertionTypes ?? [],
    networks: p.networks ?? [],
    description: p.description ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    website: p.website ?? null,
    capacity: p.capacity ?? null,
    insertionJobs: p.insertionJobs ?? null,
    contactPerson: p.contactPerson ?? null,
    competences: (p.competences ?? []).map((c) => ({ code: c.code, communes: [...c.communes] })),
  };
}

export async function findStructure(id: string): Promise<StructureView | null> {
  if (!isValidObjectId(id)) return null;
  const o = await OrganizationModel.findById(id).lean();
  return o ? present(o as Lean) : null;
}

/**
 * Replaces an organisation's profile and territory, all or nothing. A collectivity's territory is where it
 * reads structures' non-public parts, so only an administrator (`byAdmin`) writes a collectivity's, whoever
 * else may edit profiles: an account of an organisation made a collectivity later cannot widen its reach.
 */
export async function updateProfile(id: string, input: ProfileInput, byAdmin: boolean): Promise<StructureView> {
  const organization = isValidObjectId(id) ? await OrganizationModel.findById(id, { kind: 1 }).lean() : null;
  if (!organization) throw notFound('No organisation has this id.');
  if (organization.kind === 'COLLECTIVITY' && !byAdmin)
    throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator changes a collectivity’s communes and profile.');
  const { territory, profile } = await validate(input);
  const saved = await OrganizationModel.findByIdAndUpdate(
    id,
    { $set: { territory, profile } },
    { returnDocument: 'after' },
  ).lean();
  invalidateNetwork();
  return present(saved as Lean);
}

// Every organisation with a profile but collectivities is a structure to find. The engine is rebuilt from the database when a profile changes in this process, and at most
// NETWORK_MAX_AGE_MS after a change made by another process.
const NETWORK_MAX_AGE_MS = 30_000;
interface Network {
  index: NetworkIndex;
  views: Map<string, StructureView>;
  at: number;
}
let network: Network | null = null;
let building: Promise<Network> | null = null;

export function invalidateNetwork() {
  network = null;
  building = null;
}

export function toEntry(s: StructureView): NetworkEntry {
  return {
    id: s.id,
    name: s.name,
    insertionTypes: s.insertionTypes,
    capacity: s.capacity,
    communes: s.territory,
    // A competence without communes of its own is offered on the structure's whole territory.
    competences: s.competences.map((c) => ({ code: c.code, communes: c.communes.length ? c.communes : s.territory })),
  };
}

async function loadNetwork(): Promise<Network> {
  if (network && Date.now() - network.at < NETWORK_MAX_AGE_MS) return network;
  const pending = (building ??= (async () => {
    const rows = await OrganizationModel.find({ kind: { $ne: 'COLLECTIVITY' }, profile: { $ne: null } }).lean();
    const views = rows.map((o) => present(o as Lean));
    return { index: new NetworkIndex(views.map(toEntry)), views: new Map(views.map((v) => [v.id, v])), at: Date.now() };
  })());
  const built = await pending;
  if (building === pending) {
    network = built;
    building = null;
  }
  return built;
}

/** Structures with a profile matching the query, by name. */
export async function searchStructures(query: NetworkQuery): Promise<StructureView[]> {
  const { index, views } = await loadNetwork();
  return index.search(query).map((e) => views.get(e.id)!);
}

/**
 * For each competence (by code), the communes among `communes` where no structure offers it within 30 km,
 * counting the communes structures name and their published places (network-gaps.ts).
 */
export async function networkGaps(
  communes: readonly string[],
  codes: readonly string[],
  organizationPlaces: OrganizationPlaces,
): Promise<NetworkGap[]> {
  const [{ views }, places] = await Promise.all([loadNetwork(), organizationPlaces()]);
  const placesOf = new Map<string, OrganizationPlace[]>();
  for (const place of places) {
    const list = placesOf.get(place.organizationId);
    if (list) list.push(place);
    else placesOf.set(place.organizationId, [place]);
  }
  const structures = [...views.values()].map((view) => ({
    competences: toEntry(view).competences,
    places: placesOf.get(view.id) ?? [],
  }));
  return findGaps(communes, codes, structures, communePositions());
}
