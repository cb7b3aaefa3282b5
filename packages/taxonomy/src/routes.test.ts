import { conditionOf, suggestedActions } from './routes';

describe('condition and routes', () => {
  it.each([
    ['frigo qui marche plus', 'BROKEN'],
    ['machine à laver en panne', 'BROKEN'],
    ['iPhone cassé', 'BROKEN'],
    ['lave-linge ne fonctionne pas', 'BROKEN'],
    ['canapé en bon état', 'GOOD'],
    ['vélo comme neuf', 'GOOD'],
    ['perceuse qui fonctionne', 'GOOD'],
    ['canapé', null],
  ] as const)('reads the condition stated in "%s"', (text, expected) => {
    expect(conditionOf(text)).toBe(expected);
  });

  it('offers donate/sell/swap in good condition, repair/drop-off when broken, all without a condition', () => {
    expect(suggestedActions('meuble', 'GOOD')).toEqual(['DONATE', 'SELL', 'EXCHANGE']);
    expect(suggestedActions('meuble', 'BROKEN')).toEqual(['REPAIR', 'DROP_OFF']);
    expect(suggestedActions('meuble', null)).toEqual(['DONATE', 'REPAIR', 'SELL', 'DROP_OFF']);
  });

  it('never offers reuse for a hazardous object, whatever the condition', () => {
    expect(
      suggestedActions('dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment', 'GOOD'),
    ).toEqual(['DROP_OFF']);
    expect(suggestedActions('petits_appareils_extincteurs', 'GOOD')).toEqual(['RETURN', 'DROP_OFF']);
    expect(suggestedActions('medicaments', null)).toEqual(['DROP_OFF']);
    expect(suggestedActions('emballage_carton', 'GOOD')).toEqual(['DROP_OFF', 'RETURN']);
  });
});
