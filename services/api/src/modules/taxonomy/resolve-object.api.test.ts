import { useTestApp } from '../../../test/app';

// resolveObject as the web app and partners call it: what residents really type (issue 11).
const t = useTestApp({ seedDemo: false });

interface Match {
  subcategory: { id: string; reusePossible: boolean; hazard: { channel: string; advice: string } | null };
  score: number;
  confidence: 'HIGH' | 'MEDIUM' | 'LOW';
  matchedText: string;
}

const QUERY = `query ($text: String!, $lang: Lang) {
  resolveObject(text: $text, first: 3) {
    subcategory { id reusePossible hazard { channel advice(lang: $lang) } }
    score confidence matchedText
  }
}`;

async function resolve(text: string, lang = 'FR'): Promise<Match[]> {
  const body = await t.gql<{ resolveObject: Match[] }>(QUERY, { text, lang });
  expect(body.errors).toBeUndefined();
  return body.data!.resolveObject;
}

describe('resolveObject (API)', () => {
  it('answers a sentence with the object it names, sure of it', async () => {
    const [first] = await resolve('je veux me débarrasser de mon vieux canapé');
    expect(first).toMatchObject({ subcategory: { id: 'meuble', hazard: null }, confidence: 'HIGH' });
  });

  it('points asbestos to a specialist channel, in French and English, and never to reuse', async () => {
    const [fr] = await resolve('amiante');
    expect(fr!.subcategory.id).toBe('dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment');
    expect(fr!.subcategory.reusePossible).toBe(false);
    expect(fr!.subcategory.hazard?.channel).toBe('SPECIALIST');
    expect(fr!.subcategory.hazard?.advice).toMatch(/ressourcerie/);
    const [en] = await resolve('amiante', 'EN');
    expect(en!.subcategory.hazard?.advice).toMatch(/certified company/);
  });

  it('sends medicines and needles to a pharmacy', async () => {
    expect((await resolve('médicaments périmés'))[0]!.subcategory.hazard?.channel).toBe('PHARMACY');
    expect((await resolve('seringue'))[0]!.subcategory.hazard?.channel).toBe('PHARMACY');
  });

  it('says LOW rather than nothing when only one word of the text is recognised', async () => {
    const [first] = await resolve('bidule truc chose fauteuil');
    // An armchair: furniture, or LVAO's upholstered seating.
    expect(['meuble', 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement']).toContain(first?.subcategory.id);
    expect(first?.confidence).toBe('LOW');
    expect(await resolve('xqzwv')).toEqual([]);
  });

  it('finds an object by its English name, and names only the family of a word it does not hold', async () => {
    expect((await resolve('kettle'))[0]).toMatchObject({
      subcategory: { id: 'petit_electromenager' },
      confidence: 'HIGH',
    });
    const [family] = await resolve('acaricide');
    expect(family).toMatchObject({
      subcategory: {
        id: 'dechets_phytosanitaires_menagers_produits_chimiques',
        hazard: { channel: 'HAZARDOUS_WASTE_DROP_OFF' },
      },
      confidence: 'LOW',
    });
  });

  it('refuses text over 200 characters with BAD_USER_INPUT naming the limit, at 201 not 200', async () => {
    const ok = await t.gql(QUERY, { text: 'canapé '.repeat(40).slice(0, 200) });
    expect(ok.errors).toBeUndefined();
    const body = await t.gql(QUERY, { text: 'a'.repeat(201) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/200 characters/);
  });

  it('offers both routes by condition, and only the channel for a hazardous object', async () => {
    const routes = async (text: string) =>
      (
        await t.gql<{ resolveObject: { statedCondition: string | null; suggestedActions: string[] }[] }>(
          'query ($text: String!) { resolveObject(text: $text, first: 1) { statedCondition suggestedActions } }',
          { text },
        )
      ).data!.resolveObject[0];
    expect(await routes('frigo qui marche plus')).toEqual({
      statedCondition: 'BROKEN',
      suggestedActions: ['REPAIR', 'DROP_OFF'],
    });
    expect(await routes('canapé en bon état')).toEqual({
      statedCondition: 'GOOD',
      suggestedActions: ['DONATE', 'SELL', 'EXCHANGE'],
    });
    expect((await routes('canapé'))!.suggestedActions).toEqual(['DONATE', 'REPAIR', 'SELL', 'DROP_OFF']);
    expect(await routes('extincteur comme neuf')).toEqual({
      statedCondition: 'GOOD',
      suggestedActions: ['RETURN', 'DROP_OFF'],
    });
  });
});
