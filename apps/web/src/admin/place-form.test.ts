import { allFields, changedPlaceFields, emptyPlaceForm, formValueAt, type PlaceForm } from './place-form';

const form: PlaceForm = {
  ...emptyPlaceForm,
  name: 'Point textile de la mairie',
  kind: 'COLLECTION_POINT',
  commune: 'Valognes',
  lat: '49.5089',
  lng: '-1,4703',
  offers: [
    { action: 'DROP_OFF', subcategories: ['vetement'] },
    { action: 'DONATE', subcategories: [] },
  ],
};

describe('the place editor form', () => {
  it('gives a new place every field, dropping offers without objects', () => {
    const fields = allFields(form);
    expect(fields).toMatchObject({
      name: 'Point textile de la mairie',
      kind: 'COLLECTION_POINT',
      location: { lat: 49.5089, lng: -1.4703 },
      address: { street: null, commune: 'Valognes' },
      offers: [{ action: 'DROP_OFF', subcategories: ['vetement'] }],
    });
  });

  it('sends only changed fields on an edit, down to one address or contact line', () => {
    expect(changedPlaceFields(form, { ...form, phone: '02 33 00 00 00', openingHours: 'Mo 09:00-12:00' })).toEqual({
      contact: { phone: '02 33 00 00 00' },
      openingHours: 'Mo 09:00-12:00',
    });
    expect(changedPlaceFields(form, form)).toEqual({});
  });

  it('reads the form at an API field path for the conflict table', () => {
    expect(formValueAt(form, 'address.commune')).toBe('Valognes');
    expect(formValueAt(form, 'name')).toBe('Point textile de la mairie');
  });
});
