import { normaliseSiret, siretProblem } from './siret';

describe('SIRET check', () => {
  it('accepts a SIRET whose Luhn key is right, typed with spaces', () => {
    expect(siretProblem(normaliseSiret('732 829 320 00074'))).toBeNull();
  });

  it('refuses a mistyped digit (key) and anything but 14 digits (format)', () => {
    expect(siretProblem('73282932000075')).toBe('KEY');
    expect(siretProblem('7328293200007')).toBe('FORMAT');
    expect(siretProblem('7328293200007A')).toBe('FORMAT');
  });

  it('checks La Poste’s establishments by their digit sum, as INSEE does', () => {
    expect(siretProblem('35600000000048')).toBeNull(); // head office, Luhn-valid
    expect(siretProblem('35600000049837')).toBeNull(); // digit sum 45, not Luhn-valid
    expect(siretProblem('35600000049838')).toBe('KEY');
  });
});
