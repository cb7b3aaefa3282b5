import { useTestApp } from '../../../test/app';
import { buildPlace } from '../../../test/factories';
import { PlaceModel } from './place.model';

// Centroid of Tourlaville, where the demo places Déchèterie du Becquet, La Réparette… are pinned.
const TOURLAVILLE = { lat: 49.6383, lng: -1.5731 };

interface DemoNode {
  name: string;
  slug: string;
  address: { postcode: string | null; inseeCode: string | null };
  openingHours: string | null;
  hoursAreIllustrative: boolean;
}

describe('Cotentin demo data as residents see it', () => {
  const t = useTestApp();

  it('gives every demo place its INSEE code, postcode and opening hours flagged as illustrative', async () => {
    const body = await t.gql<{ places: { edges: { node: DemoNode }[] } }>(
      `{ places(first: 100) { edges { node { name slug address { postcode inseeCode } openingHours hoursAreIllustrative } } } }`,
    );
    const nodes = body.data!.places.edges.map((e) => e.node);
    expect(nodes).toHaveLength(23);
    for (const node of nodes) {
      expect(node.address.inseeCode).toMatch(/^50\d{3}$/);
      expect(node.address.postcode).toMatch(/^50\d{3}$/);
      expect(node.openingHours).toBeTruthy();
      expect(node.hoursAreIllustrative).toBe(true);
    }
    const becquet = nodes.find((n) => n.name === 'Déchèterie du Becquet')!;
    expect(becquet.address).toEqual({ postcode: '50110', inseeCode: '50129' });
  });

  it('answers descriptions and licences in French by default and in English with lang: EN', async () => {
    const body = await t.gql<{
      place: { fr: string; en: string; sources: { licence: string; licenceEn: string }[] };
    }>(
      `{ place(slug: "emmaus-cotentin") { fr: description en: description(lang: EN) sources { licence licenceEn: licence(lang: EN) } } }`,
    );
    const place = body.data!.place;
    expect(place.fr).toBe('Communauté Emmaüs : dépôt des dons et boutique, grandes ventes saisonnières.');
    expect(place.en).toBe('Communauté Emmaüs: depot and shop, large seasonal sales.');
    expect(place.sources[0]!.licence).toMatch(/^Données de démonstration compilées/);
    expect(place.sources[0]!.licenceEn).toMatch(/^Demo data compiled/);
  });

  it('serves the French description in English too once the French one is edited, never a stale translation', async () => {
    await PlaceModel.updateOne(
      { slug: 'emmaus-cotentin' },
      { $set: { description: 'Communauté Emmaüs : dépôt et boutique à Équeurdreville.' } },
    );
    await t.directory.refresh();
    const body = await t.gql<{ place: { en: string } }>(
      `{ place(slug: "emmaus-cotentin") { en: description(lang: EN) } }`,
    );
    expect(body.data!.place.en).toBe('Communauté Emmaüs : dépôt et boutique à Équeurdreville.');
  });

  it('stops calling hours illustrative once real hours replace them', async () => {
    await PlaceModel.updateOne({ name: 'Déchèterie du Becquet' }, { $set: { openingHours: 'Mo-Fr 08:00-18:00' } });
    await t.directory.refresh();
    const body = await t.gql<{ places: { edges: { node: DemoNode }[] } }>(
      `{ places(filter: { text: "Becquet" }) { edges { node { name openingHours hoursAreIllustrative } } } }`,
    );
    expect(body.data!.places.edges[0]!.node).toMatchObject({
      name: 'Déchèterie du Becquet',
      openingHours: 'Mo-Fr 08:00-18:00',
      hoursAreIllustrative: false,
    });
  });

  it('ranks an exact place 40 m away above a commune centroid 0 m away, and says how uncertain the centroid is', async () => {
    const exact = await buildPlace({
      name: 'Ressourcerie exacte',
      kind: 'RESSOURCERIE',
      address: { commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
      location: { type: 'Point', coordinates: [TOURLAVILLE.lng, TOURLAVILLE.lat + 0.00036] },
      locationPrecision: 'EXACT',
      offers: [{ action: 'DROP_OFF', subcategories: ['meuble'] }],
    });
    t.directory.apply(exact.toObject());
    const body = await t.gql<{
      places: { edges: { node: { name: string; distanceMeters: number; locationUncertaintyMeters: number } }[] };
    }>(
      `query($near: GeoPointInput) { places(near: $near, filter: { actions: [DROP_OFF], subcategories: ["meuble"] }, first: 3) {
        edges { node { name distanceMeters locationUncertaintyMeters } } } }`,
      { near: TOURLAVILLE },
    );
    const [first, second] = body.data!.places.edges.map((e) => e.node);
    expect(first).toMatchObject({ name: 'Ressourcerie exacte', locationUncertaintyMeters: 0 });
    expect(first!.distanceMeters).toBeCloseTo(40, -1);
    expect(second).toMatchObject({ name: 'Déchèterie du Becquet', distanceMeters: 0, locationUncertaintyMeters: 2000 });
  });
});
