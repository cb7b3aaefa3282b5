import { changedFields, problemField, withAddedOffers, type CorrectionValues } from './correction-fields';

const before: CorrectionValues = {
  name: 'Emmaüs Cotentin',
  street: '1 rue du Port',
  postcode: '50100',
  commune: 'Cherbourg-en-Cotentin',
  phone: '',
  email: '',
  website: 'https://emmaus.example',
  openingHours: 'Mo-Fr 09:00-12:00',
  offers: [
    { action: 'DONATE', subcategories: ['meuble', 'jouet'] },
    { action: 'BUY', subcategories: ['meuble'] },
  ],
};

describe('a resident correction', () => {
  it('sends only the fields that changed, nested as the API expects', () => {
    expect(changedFields(before, { ...before, phone: ' 02 33 00 00 00 ', openingHours: 'Mo-Sa 09:00-12:00' })).toEqual({
      contact: { phone: '02 33 00 00 00' },
      openingHours: 'Mo-Sa 09:00-12:00',
    });
  });

  it('sends an emptied field as null and never an empty name', () => {
    expect(changedFields(before, { ...before, website: '', name: ' ' })).toEqual({ contact: { website: null } });
  });

  it('sends the offers when an object or an action is wrong, and not when only their order differs', () => {
    const withoutToys = [
      { action: 'DONATE' as const, subcategories: ['meuble'] },
      { action: 'BUY' as const, subcategories: ['meuble'] },
    ];
    expect(changedFields(before, { ...before, offers: withoutToys })).toEqual({ offers: withoutToys });
    expect(
      changedFields(before, { ...before, offers: [{ ...before.offers[0]!, subcategories: [] }, before.offers[1]!] }),
    ).toEqual({
      offers: [{ action: 'BUY', subcategories: ['meuble'] }],
    });
    expect(
      changedFields(before, {
        ...before,
        offers: [before.offers[1]!, { action: 'DONATE', subcategories: ['jouet', 'meuble'] }],
      }),
    ).toEqual({});
  });

  it('adds what is missing to the actions the resident ticked', () => {
    expect(withAddedOffers(before.offers, ['DONATE', 'REPAIR'], ['velo'])).toEqual([
      { action: 'DONATE', subcategories: ['meuble', 'jouet', 'velo'] },
      { action: 'BUY', subcategories: ['meuble'] },
      { action: 'REPAIR', subcategories: ['velo'] },
    ]);
    expect(withAddedOffers(before.offers, ['REPAIR'], [])).toEqual(before.offers);
  });

  it('sends nothing when nothing changed', () => {
    expect(changedFields(before, { ...before, street: '1 rue du Port ' })).toEqual({});
  });

  it('names API field paths with the form labels', () => {
    expect(problemField('fields.address.postcode', { 'address.postcode': 'Code postal' })).toBe('Code postal');
    expect(problemField('contactEmail', { contactEmail: 'Votre courriel' })).toBe('Votre courriel');
    expect(problemField('fields.other', {})).toBe('other');
  });
});
