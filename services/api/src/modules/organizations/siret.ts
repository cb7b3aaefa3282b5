/**
 * A SIRET is 14 digits whose Luhn sum is a multiple of 10. La Poste's establishments (SIREN 356 000 000)
 * are numbered past what the key allows, so INSEE checks them by the plain digit sum being a multiple of 5.
 */
export type SiretProblem = 'FORMAT' | 'KEY';

const LA_POSTE_SIREN = '356000000';

export function normaliseSiret(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function siretProblem(siret: string): SiretProblem | null {
  if (!/^\d{14}$/.test(siret)) return 'FORMAT';
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') {
    const sum = [...siret].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 ? null : 'KEY';
  }
  return luhnValid(siret) ? null : 'KEY';
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
