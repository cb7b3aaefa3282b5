import { changedFields, problemField, type CorrectionValues } from './correction-fields';

const before: CorrectionValues = {
  name: 'Emmaüs Cotentin',
  street: '1 rue du Port',
  postcode: '50100',
  commune: 'Cherbourg-en-Cotentin',
  phone: '',
  email: '',
  website: 'https://emmaus.example',
  openingHours: 'Mo-Fr 09:00-12:00',
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

  it('sends nothing when nothing changed', () => {
    expect(changedFields(before, { ...before, street: '1 rue du Port ' })).toEqual({});
  });

  it('names API field paths with the form labels', () => {
    expect(problemField('fields.address.postcode', { 'address.postcode': 'Code postal' })).toBe('Code postal');
    expect(problemField('contactEmail', { contactEmail: 'Votre courriel' })).toBe('Votre courriel');
    expect(problemField('fields.other', {})).toBe('other');
  });
});
