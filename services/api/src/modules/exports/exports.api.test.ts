import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { buildPlace } from '../../../test/factories';
import { PlaceModel } from '../places/place.model';
import { LVAO_COLUMNS } from '../federation/connectors/lvao-format';
import { PLACE_COLUMNS } from './place-export';

/** Minimal RFC 4180 parser for the assertions (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== delimiter && c !== '\n' && c !== '\r')) {
      cell += c;
    } else if (c !== '\r') {
      row.push(cell);
      cell = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

describe('open-data exports of published places', () => {
  const t = useTestApp();
  let imported = '';

  beforeAll(async () => {
    const doc = await buildPlace({
      slug: 'formula-test',
      name: '=HYPERLINK("http://evil.example","clic")',
      kind: 'OTHER',
      description: '+33 "quoted"; with comma,\nand newline',
      location: { type: 'Point', coordinates: [-1.62, 49.63] },
      address: { street: '1 rue du Val', postcode: '50100', commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
      contact: { phone: '+33 2 33 00 00 00' },
      offers: [{ action: 'DONATE', subcategories: ['meuble'] }],
    });
    imported = doc._id.toString();
    t.directory.apply(doc.toObject());
  });

  it('serves every published place as GeoJSON with licence and attribution', async () => {
    const res = await request(t.app).get('/exports/places.geojson');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
    const body = JSON.parse(res.text);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(24);
    expect(body.licence).toMatch(/licence/i);
    expect(body.attribution).toBeTruthy();
    const emmaus = body.features.find((f: { properties: { name: string } }) => f.properties.name === 'Emmaüs Cotentin');
    expect(emmaus.geometry.coordinates[0]).toBeLessThan(0);
    expect(emmaus.properties.sources[0]).toHaveProperty('licence');
  });

  it('gives each place’s hours with its closures folded in, as OSM opening_hours', async () => {
    const closed = await buildPlace({
      name: 'Déchèterie en travaux',
      openingHours: 'Mo-Sa 09:00-18:00',
      notices: [
        {
          id: 'n1',
          kind: 'CLOSURE',
          startsOn: '2026-12-24',
          endsOn: '2026-12-26',
          reason: 'travaux',
          createdAt: new Date(),
        },
      ],
    });
    t.directory.apply(closed.toObject());
    const body = JSON.parse((await request(t.app).get('/exports/places.geojson')).text);
    const feature = body.features.find((f: { id: string }) => f.id === closed._id.toString());
    expect(feature.properties.openingHours).toBe('Mo-Sa 09:00-18:00');
    expect(feature.properties.effectiveOpeningHours).toBe('Mo-Sa 09:00-18:00; 2026 Dec 24-2026 Dec 26 off "travaux"');
    t.directory.apply({ ...closed.toObject(), status: 'CLOSED' }); // out of the index again for the counts below
  });

  it('gives each place’s live notices and its effective hours in the CSV, not the notices already over', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const noticed = await buildPlace({
      name: 'Déchèterie en grève',
      openingHours: 'Mo-Sa 09:00-18:00',
      notices: [
        { id: 'c1', kind: 'CLOSURE', startsOn: day(3), endsOn: day(5), reason: 'grève', createdAt: new Date() },
        { id: 'old', kind: 'CLOSURE', startsOn: day(-9), endsOn: day(-8), reason: 'ancien', createdAt: new Date() },
        {
          id: 'm1',
          kind: 'NOTICE',
          startsOn: day(-1),
          endsOn: day(9),
          message: 'Benne textile pleine',
          createdAt: new Date(),
        },
      ],
    });
    t.directory.apply(noticed.toObject());
    try {
      const rows = parseCsv((await request(t.app).get('/exports/places.csv')).text);
      const col = (name: string) => PLACE_COLUMNS.indexOf(name as (typeof PLACE_COLUMNS)[number]);
      const row = rows.find((r) => r[col('id')] === noticed._id.toString())!;
      expect(row[col('opening_hours')]).toBe('Mo-Sa 09:00-18:00');
      expect(row[col('effective_opening_hours')]).toContain(`off "grève"`);
      expect(row[col('notices')]).toBe(
        `NOTICE ${day(-1)}..${day(9)}: Benne textile pleine | CLOSURE ${day(3)}..${day(5)} grève`,
      );
    } finally {
      t.directory.apply({ ...noticed.toObject(), status: 'CLOSED' }); // out of the index for the counts below
    }
  });

  it('gives the CSV a new ETag the next day, since its notices column follows the day (GeoJSON keeps its own)', async () => {
    const etags = async () =>
      Promise.all(
        ['/exports/places.csv', '/exports/places.excel.csv', '/exports/places.geojson'].map(
          async (url) => (await request(t.app).get(url)).headers.etag,
        ),
      );
    const [csv, excel, geojson] = await etags();
    const today = (await etags())[0];
    expect(today).toBe(csv); // same day, same places: a revalidation still gets 304
    // Only Date is faked (timers stay real): tomorrow at noon.
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(12, 0, 0, 0);
    jest.useFakeTimers({
      now: tomorrow,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      const [csvTomorrow, excelTomorrow, geojsonTomorrow] = await etags();
      expect(csvTomorrow).not.toBe(csv);
      expect(excelTomorrow).not.toBe(excel);
      expect(geojsonTomorrow).toBe(geojson);
    } finally {
      jest.useRealTimers();
    }
  });

  it('serves CSV with the documented columns and neutralises spreadsheet formulas', async () => {
    const res = await request(t.app).get('/exports/places.csv');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([...PLACE_COLUMNS]);
    expect(rows).toHaveLength(25);
    const col = (name: string) => PLACE_COLUMNS.indexOf(name as (typeof PLACE_COLUMNS)[number]);
    const evil = rows.find((r) => r[col('slug')] === 'formula-test')!;
    expect(evil[col('name')]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(evil[col('description')]).toBe(`'+33 "quoted"; with comma,\nand newline`);
    expect(evil[col('phone')]).toBe('02 33 00 00 00');
    expect(evil[col('longitude')]).toBe('-1.62');
    for (const row of rows.slice(1)) expect(row[col('name')]).not.toMatch(/^[=+\-@]/);
  });

  it('serves the same table for French Excel: UTF-8 BOM, semicolons, decimal commas, formulas still neutralised', async () => {
    const res = await request(t.app).get('/exports/places.excel.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(res.text.startsWith('\uFEFFid;slug;name;kind;')).toBe(true);
    const rows = parseCsv(res.text.slice(1), ';');
    expect(rows[0]).toEqual([...PLACE_COLUMNS]);
    expect(rows).toHaveLength(25);
    const col = (name: string) => PLACE_COLUMNS.indexOf(name as (typeof PLACE_COLUMNS)[number]);
    const evil = rows.find((r) => r[col('slug')] === 'formula-test')!;
    expect(evil[col('name')]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(evil[col('description')]).toBe(`'+33 "quoted"; with comma,\nand newline`);
    expect(evil[col('longitude')]).toBe('-1,62');
    expect(evil[col('latitude')]).toBe('49,63');
    expect(rows.find((r) => r[col('name')] === 'Emmaüs Cotentin')).toBeTruthy();
    for (const row of rows.slice(1)) expect(row[col('name')]).not.toMatch(/^[=+\-@]/);
  });

  it('serves the LVAO open-data column format, with actions as LVAO codes and the commune’s INSEE code', async () => {
    const rows = parseCsv((await request(t.app).get('/exports/places.lvao.csv')).text);
    expect(rows[0]).toEqual([...LVAO_COLUMNS]);
    const col = (name: string) => LVAO_COLUMNS.indexOf(name as (typeof LVAO_COLUMNS)[number]);
    const place = rows.find((r) => r[col('identifiant')] === `reemploi_${imported}`)!;
    expect(place[col('donner')]).toContain('meuble');
    expect(place[col('paternite')]).toMatch(/^Réemploi Cotentin/);
    expect(place[col('code_commune')]).toBe('50129');
    expect(place[col('code_postal')]).toBe('50100');
    expect(place[col('ville')]).toBe('Cherbourg-en-Cotentin');
    expect(JSON.parse(place[col('propositions_de_services')]!)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'donner' })]),
    );
    expect(place[col('date_de_derniere_modification')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves the demo places out of the LVAO export, so they never reach the national map', async () => {
    const rows = parseCsv((await request(t.app).get('/exports/places.lvao.csv')).text);
    const col = (name: string) => LVAO_COLUMNS.indexOf(name as (typeof LVAO_COLUMNS)[number]);
    expect(rows.slice(1).map((r) => r[col('identifiant')])).toEqual([`reemploi_${imported}`]);
    expect(rows.find((r) => r[col('nom')] === 'Emmaüs Cotentin')).toBeUndefined();
  });

  it('answers If-None-Match with 304 until a place changes', async () => {
    const first = await request(t.app).get('/exports/places.csv');
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['cache-control']).toMatch(/public/);
    expect((await request(t.app).get('/exports/places.csv').set('If-None-Match', first.headers.etag!)).status).toBe(
      304,
    );
    const doc = await PlaceModel.findOneAndUpdate(
      { slug: 'formula-test' },
      { $set: { name: 'Renamed' }, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean();
    t.directory.apply(doc!);
    expect((await request(t.app).get('/exports/places.csv').set('If-None-Match', first.headers.etag!)).status).toBe(
      200,
    );
  });

  it('lets any site download the exports (CORS *)', async () => {
    const res = await request(t.app).get('/exports/places.geojson').set('Origin', 'https://data.example');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});
