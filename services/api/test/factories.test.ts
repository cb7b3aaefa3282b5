import { OrganizationModel } from '../src/modules/organizations/organization.model';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { useTestDatabase } from './db';
import { buildOrganization, buildPlace, buildSource, buildSuggestion, buildUser } from './factories';

describe('test factories', () => {
  useTestDatabase();
  beforeAll(() => Promise.all([OrganizationModel.init(), PlaceModel.init(), SourceModel.init()]));

  it('builds a suggestion with its own place and organisation when given none', async () => {
    const suggestion = await buildSuggestion();
    const place = (await PlaceModel.findById(suggestion.placeId).lean())!;
    expect(place).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(await OrganizationModel.exists({ _id: place.organizationId })).toBeTruthy();
    expect(suggestion).toMatchObject({ status: 'PENDING', baseVersion: 1, organizationId: place.organizationId });
  });

  it('shares the parents it is given, and builds data of no organisation on request', async () => {
    const organization = await buildOrganization({ name: 'Ressourcerie du Cotentin' });
    const [a, b] = await Promise.all([
      buildPlace({ organizationId: organization._id }),
      buildPlace({ organizationId: organization._id }),
    ]);
    expect(String(a.organizationId)).toBe(String(organization._id));
    expect(a.slug).not.toBe(b.slug);
    const suggestion = await buildSuggestion({ placeId: a._id });
    expect(String(suggestion.organizationId)).toBe(String(organization._id));
    expect((await buildSource({ organizationId: null })).organizationId).toBeNull();
    expect((await buildUser({ role: 'MODERATOR' })).organizationId).toBeNull();
    expect((await buildUser({ role: 'STRUCTURE' })).organizationId).not.toBeNull();
  });
});
