import { useTestApp } from '../../../test/app';
import { buildPlace } from '../../../test/factories';
import { PlaceModel } from './place.model';

describe('directory index freshness', () => {
  const t = useTestApp();

  it('picks up a place written by another instance on the next refresh', async () => {
    const query = `{ places(filter: { text: "Atelier vélo solidaire" }) { totalCount edges { node { name } } } }`;
    expect((await t.gql<{ places: { totalCount: number } }>(query)).data!.places.totalCount).toBe(0);
    // Another API instance writes straight to the shared database.
    await buildPlace({
      slug: 'atelier-velo-solidaire',
      name: 'Atelier vélo solidaire',
      kind: 'REPAIRER',
      offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
    });
    await t.directory.refresh();
    const body = await t.gql<{ places: { totalCount: number; edges: { node: { name: string } }[] } }>(query);
    expect(body.data!.places.edges[0]!.node.name).toBe('Atelier vélo solidaire');
  });

  it('drops a place from public search once it is closed elsewhere', async () => {
    await PlaceModel.updateOne({ slug: 'atelier-velo-solidaire' }, { $set: { status: 'CLOSED' } });
    await t.directory.refresh();
    const body = await t.gql<{ places: { totalCount: number } }>(
      `{ places(filter: { text: "Atelier vélo solidaire" }) { totalCount } }`,
    );
    expect(body.data!.places.totalCount).toBe(0);
    // …but its page still explains it is closed.
    const page = await t.gql<{ place: { status: string } }>(`{ place(slug: "atelier-velo-solidaire") { status } }`);
    expect(page.data!.place.status).toBe('CLOSED');
  });

  it('keeps a draft invisible to the public', async () => {
    await buildPlace({ slug: 'brouillon', name: 'Brouillon', status: 'DRAFT' });
    await t.directory.refresh();
    const body = await t.gql<{ place: unknown }>(`{ place(slug: "brouillon") { id } }`);
    expect(body.data!.place).toBeNull();
  });
});
