import { addressPatch, allFields, changedPlaceFields, emptyPlaceForm, formValueAt, type PlaceForm } from './place-form';

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

describe('picking an address suggestion in the place editor', () => {
  it('fills street, postcode, commune and INSEE code from a geocoded house number', () => {
    const patch = addressPatch(
      {
        label: '12 Rue au Blé 50100 Cherbourg-en-Cotentin',
        detail: '50100 Cherbourg-en-Cotentin',
        point: { lat: 49.6391, lng: -1.6227 },
        address: {
          street: '12 Rue au Blé',
          postcode: '50100',
          commune: 'Cherbourg-en-Cotentin',
          inseeCode: '50129',
          precision: 'housenumber',
        },
      },
      emptyPlaceForm,
    );
    expect(patch).toEqual({
      lat: '49.6391',
      lng: '-1.6227',
      street: '12 Rue au Blé',
      postcode: '50100',
      commune: 'Cherbourg-en-Cotentin',
      inseeCode: '50129',
      locationPrecision: 'ADDRESS',
    });
  });

  it('keeps only the commune centre for a town of the offline list', () => {
    const patch = addressPatch(
      { label: 'Tourlaville', detail: 'Cherbourg-en-Cotentin', point: { lat: 49.6383, lng: -1.5731 } },
      { ...emptyPlaceForm, inseeCode: '50129' },
    );
    expect(patch).toMatchObject({
      commune: 'Cherbourg-en-Cotentin',
      locality: 'Tourlaville',
      inseeCode: '',
      locationPrecision: 'COMMUNE',
    });
  });
});
