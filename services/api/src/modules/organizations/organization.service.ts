import { OrganizationModel } from './organization.model';

export interface OrganizationView {
  id: string;
  name: string;
  kind: string;
}

/** Every organisation, sorted by name. */
export async function listOrganizations(): Promise<OrganizationView[]> {
  const organizations = await OrganizationModel.find({}).sort({ name: 1 }).lean();
  return organizations.map((o) => ({ id: o._id.toString(), name: o.name, kind: o.kind ?? 'OTHER' }));
}
