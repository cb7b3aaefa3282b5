import { isValidObjectId } from 'mongoose';
import { badInput, notFound } from '../../shared/errors';
import { invalidateNetwork } from './profile.service';
import { OrganizationModel } from './organization.model';
import { collectivityTerritory } from './territory-communes';

export interface OrganizationView {
  id: string;
  name: string;
  kind: string;
  territory: string[];
}

/** Every organisation, sorted by name. */
export async function listOrganizations(): Promise<OrganizationView[]> {
  const organizations = await OrganizationModel.find({}).sort({ name: 1 }).lean();
  return organizations.map(present);
}

const present = (o: {
  _id: { toString(): string };
  name: string;
  kind?: string | null;
  territory?: string[] | null;
}) => ({
  id: o._id.toString(),
  name: o.name,
  kind: o.kind ?? 'OTHER',
  territory: o.territory ?? [],
});

/** Sets an organisation's kind and territory (admins). */
export async function updateOrganization(
  id: string,
  input: { kind?: string | null; territory?: string[] | null },
): Promise<OrganizationView> {
  if (!isValidObjectId(id)) throw notFound('No organisation has this id.');
  const territory = [...new Set((input.territory ?? []).map((c) => c.trim()).filter(Boolean))];
  if (territory.length > 500) throw badInput('A territory has at most 500 communes.', 'territory');
  if (territory.some((c) => c.length > 120)) throw badInput('A commune is at most 120 characters.', 'territory');
  const stored = await OrganizationModel.findById(id).select('kind').lean();
  if (!stored) throw notFound('No organisation has this id.');
  // A collectivity's territory decides what it reads: INSEE codes of the syndicate's communes, checked.
  const collectivity = (input.kind ?? stored.kind) === 'COLLECTIVITY';
  const communes = collectivity ? collectivityTerritory(territory) : territory;
  const set = { ...(input.kind ? { kind: input.kind } : {}), ...(input.territory ? { territory: communes } : {}) };
  const saved = await OrganizationModel.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).lean();
  if (!saved) throw notFound('No organisation has this id.');
  invalidateNetwork();
  return present(saved);
}
