import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { csvRows } from '../connectors/csv-rows';
import { nameSimilarity, normaliseName } from '../matching/similarity';
import { normaliseEmail, normaliseInseeCode, normalisePhone, normalisePostcode, normaliseUrl } from './contact';
import { readCoordinates } from './coordinates';
import { normaliseOpeningHours } from './opening-hours';
import { parseSchedule } from '../sources/schedule';

const rows = async (bytes: Buffer) => {
  const out = [];
  for await (const row of csvRows(Readable.from([bytes]))) out.push(row);
  return out;
};

describe('normalising French source data', () => {
  it('puts phone numbers in international form and drops what is not one', () => {
    expect(normalisePhone('02.33.53.00.00')).toBe('+33233530000');
    expect(normalisePhone('02 33 53 00 00 / 06 12 34 56 78')).toBe('+33233530000');
    expect(normalisePhone('0033 2 33 53 00 00')).toBe('+33233530000');
    expect(normalisePhone('à venir')).toBeNull();
  });

  it('restores the leading zero of postcodes and checks INSEE codes, URLs and e-mails', () => {
    expect(normalisePostcode('5100')).toBe('05100');
    expect(normalisePostcode('50 100')).toBe('50100');
    expect(normalisePostcode('Cherbourg')).toBeNull();
    expect(normaliseInseeCode('2a004')).toBe('2A004');
    expect(normaliseUrl('www.emmaus-cherbourg.fr')).toBe('https://www.emmaus-cherbourg.fr/');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseEmail('Contact@Ressourcerie.FR ')).toBe('contact@ressourcerie.fr');
    expect(normaliseEmail('pas-un-courriel')).toBeNull();
  });

  it('converts French opening hours to OSM syntax and refuses what it cannot read', () => {
    expect(normaliseOpeningHours('Mo-Fr 08:30-12:30; PH off')).toEqual({
      ok: true,
      value: 'Mo-Fr 08:30-12:30; PH off',
    });
    expect(normaliseOpeningHours('Du lundi au vendredi de 9h à 12h et de 14h à 18h ; samedi 9h-12h')).toEqual({
      ok: true,
      value: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
    });
    expect(normaliseOpeningHours('Lundi, mercredi et vendredi : 14h00 - 17h30. Fermé le dimanche')).toEqual({
      ok: true,
      value: 'Mo,We,Fr 14:00-17:30; Su off',
    });
    expect(normaliseOpeningHours('quand il fait beau, le matin').ok).toBe(false);
  });

  it('reads decimal commas and Lambert-93, and refuses swapped or unreadable coordinates', () => {
    expect(readCoordinates({ lat: '49,6394', lng: '-1,6164' })).toEqual({ ok: true, lat: 49.6394, lng: -1.6164 });
    const lambert = readCoordinates({ x: '367025,4', y: '6962853,1' });
    expect(lambert.ok).toBe(true);
    if (lambert.ok === true) {
      expect(lambert.lat).toBeCloseTo(49.64, 1);
      expect(lambert.lng).toBeCloseTo(-1.62, 1);
    }
    expect(readCoordinates({ lat: '-1.62', lng: '49.63' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside France/),
    });
    expect(readCoordinates({ lat: '', lng: '' })).toEqual({ ok: 'missing' });
  });

  it('reads CSV in UTF-8 with BOM and in Windows-1252, with quoted line breaks, reporting each row’s first line', async () => {
    const text = 'Nom;Code postal\r\n"Emmaüs\r\nCotentin";50100\r\n\r\nRecyclerie;50700\r\nCassée\r\n';
    const expected = [
      { line: 2, cells: { nom: 'Emmaüs\r\nCotentin', code_postal: '50100' } },
      { line: 5, cells: { nom: 'Recyclerie', code_postal: '50700' } },
      { line: 6, error: expect.stringMatching(/1 cells but the header has 2/) },
    ];
    expect(await rows(Buffer.from(`\ufeff${text}`))).toEqual(expected);
    expect(await rows(iconv.encode(text, 'win1252'))).toEqual(expected);
  });

  it('compares place names without accents, articles or word order', () => {
    expect(normaliseName("L'Atelier du Vélo")).toBe('atelier velo');
    expect(nameSimilarity('emmaus cotentin', 'emmaus cotentin')).toBe(1);
    expect(nameSimilarity('ressourcerie cherbourg', 'ressourcerie cherbourg octeville')).toBe(1);
    expect(nameSimilarity('grenier cherbourg', 'borne textile')).toBeLessThan(0.34);
  });

  it('understands "every 6h" and "daily 03:30" schedules, and nothing more often than 5 minutes', () => {
    expect(parseSchedule('every 6h')).toEqual({ kind: 'every', ms: 6 * 3600_000 });
    expect(parseSchedule('daily 03:30')).toEqual({ kind: 'daily', hour: 3, minute: 30 });
    expect(parseSchedule('every 1m')).toBeNull();
    expect(parseSchedule('sometimes')).toBeNull();
  });
});
