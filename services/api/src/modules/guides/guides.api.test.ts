import express from 'express';
import jsQR from 'jsqr';
import request from 'supertest';
import { type TestApp, useTestApp } from '../../../test/app';
import { buildOrganization, buildPlace } from '../../../test/factories';
import { readPdf } from '../../../test/pdf';
import { signedInAs } from '../../../test/staff';
import { type GuideAgenda, parisDay } from './guide-content';
import { guidesRouter } from './guides.router';

/** GETs a path and returns the answer with its body as a Buffer (supertest leaves binary bodies unparsed). */
function get(app: Parameters<typeof request>[0], path: string, headers: Record<string, string> = {}) {
  return request(app)
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** The text with every run of white space as one space (a PDF breaks lines where its layout does). */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const noSpace = (text: string) => text.replace(/\s+/g, '');

/** A Tuesday morning in Paris, in a week without a public holiday: the printed week is always the same. */
const TUESDAY = new Date('2030-03-12T09:00:00Z');
const PUBLIC_URL = 'http://localhost:4000';

/** The guides router alone, on the test app's directory, at a fixed instant. */
function guidesAt(directory: TestApp['directory'], now: Date, agenda?: GuideAgenda) {
  return express().use('/guide', guidesRouter({ directory, publicUrl: PUBLIC_URL, agenda, clock: () => now }));
}

describe('printable commune guide (GET /guide/<insee>.pdf)', () => {
  const t = useTestApp();

  it('prints the commune, its nearest déchèterie with its hours in words, reuse places and a QR code to the live page', async () => {
    const res = await get(guidesAt(t.directory, TUESDAY), '/guide/50129.pdf');
    expect(res.status).toBe(200);
    const pdf = await readPdf(res.body as Buffer);
    expect(pdf.pages).toBe(1);
    expect(pdf.info).toMatchObject({ Title: 'Réemploi à Cherbourg-en-Cotentin', Language: 'fr-FR' });
    const text = flat(pdf.text);
    expect(text).toContain('Réemploi à Cherbourg-en-Cotentin');
    expect(text).toContain('Déchèteries les plus proches');
    expect(text).toContain('Déchèterie du Becquet');
    expect(text).toContain('Horaires du 12 mars au 18 mars :');
    // The demo's Mo-Sa 09:00-12:00,14:00-18:00 in words, as the app says it.
    expect(text).toContain('Lundi – samedi : 9 h – 12 h et 14 h – 18 h Dimanche : fermé');
    expect(text).toContain('Aucune fermeture annoncée.');
    expect(text).toContain('Donner, réparer, acheter d’occasion');
    expect(text).toContain(
      'Fil & Terre — recyclerie Structure d’insertion — 5 bis rue Paul Doumer, 50100 Cherbourg-en-Cotentin (dans la commune) — 02 33 78 15 00',
    );
    // The QR code leads to the commune's live results page, and that address is printed under it.
    const qr = pdf.images.find((image) => image.width === image.height);
    const decoded = qr && jsQR(qr.data, qr.width, qr.height);
    expect(decoded?.data).toMatch(
      /^http:\/\/localhost:4000\/recherche\?where=Cherbourg-en-Cotentin&lat=49\.\d+&lng=-1\.\d+$/,
    );
    expect(noSpace(pdf.text)).toContain(decoded!.data);
  });

  it('is a tagged PDF with real text in a readable size', async () => {
    const res = await get(t.app, '/guide/50129.pdf');
    const raw = (res.body as Buffer).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/MarkInfo');
    // Headings, paragraphs and the QR code as a figure described in words.
    for (const type of ['/S /Document', '/S /H1', '/S /H2', '/S /H3', '/S /P', '/S /Figure'])
      expect(raw).toContain(type);
    expect(raw).toContain('/Lang (fr-FR)');
    expect(raw).toContain('/Alt (');
    // The font is embedded, so the page prints the same on every computer.
    expect(raw).toMatch(/\/FontFile[23]\b/);
    // Every font size set on the page (Tf operator) is 11 pt or more; the content stream is deflated.
    const sizes = [...(await contentStreams(res.body as Buffer)).matchAll(/\/F\d+ (\d+(?:\.\d+)?) Tf/g)].map((m) =>
      Number(m[1]),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it('prints the next closures of the déchèterie and shows those days closed', async () => {
    const place = await buildPlace({
      name: 'Déchèterie de Testeville',
      kind: 'RECYCLING_CENTRE',
      location: { type: 'Point', coordinates: [-1.9, 49.2] },
      address: { street: '1 route des Bennes', postcode: '50999', commune: 'Testeville', inseeCode: '50999' },
      openingHours: 'Mo-Su 09:00-18:00',
      notices: [
        {
          id: 'n1',
          kind: 'CLOSURE',
          startsOn: '2030-03-14',
          endsOn: '2030-03-15',
          reason: 'travaux',
          createdAt: new Date(),
        },
        {
          id: 'n0',
          kind: 'CLOSURE',
          startsOn: '2020-01-01',
          endsOn: '2020-01-02',
          reason: 'passé',
          createdAt: new Date(),
        },
      ],
    });
    t.directory.apply(place.toObject());
    const text = flat(
      (await readPdf((await get(guidesAt(t.directory, TUESDAY), '/guide/50999.pdf')).body as Buffer)).text,
    );
    expect(text).toContain('Réemploi à Testeville');
    expect(text).toContain('Fermetures annoncées : fermé du 14 mars 2030 au 15 mars 2030 (travaux).');
    expect(text).not.toContain('passé');
    // Open every day but the two closed ones, which the week's hours show closed.
    expect(text).toContain('Lundi – mercredi : 9 h – 18 h Jeudi et vendredi : fermé Samedi et dimanche : 9 h – 18 h');
  });

  it('keeps to one page when the commune has many places, and says how many more are online', async () => {
    for (let i = 0; i < 25; i += 1) {
      const place = await buildPlace({
        name: `Boutique solidaire n° ${i + 1}`,
        kind: 'CHARITY_SHOP',
        location: { type: 'Point', coordinates: [-1.3 + i * 0.001, 49.3] },
        address: { street: `${i + 1} rue Longue`, postcode: '50998', commune: 'Grandeville', inseeCode: '50998' },
        contact: { phone: '02 33 00 00 00' },
      });
      t.directory.apply(place.toObject());
    }
    const pdf = await readPdf((await get(t.app, '/guide/50998.pdf')).body as Buffer);
    expect(pdf.pages).toBe(1);
    expect(flat(pdf.text)).toMatch(/… et \d+ autres lieux sur le site\./);
  });

  it('speaks English with ?lang=en, and its QR code opens the page in English', async () => {
    const res = await get(guidesAt(t.directory, TUESDAY), '/guide/50615.pdf?lang=en');
    expect(res.status).toBe(200);
    const pdf = await readPdf(res.body as Buffer);
    const text = flat(pdf.text);
    expect(pdf.info).toMatchObject({ Title: 'Reuse in Valognes', Language: 'en-GB' });
    expect(text).toContain('Nearest recycling centres');
    expect(text).toContain('Déchèterie de Valognes');
    expect(text).toContain('Monday – Saturday: 9:00 – 12:00 and 14:00 – 18:00 Sunday: closed');
    const qr = pdf.images.find((image) => image.width === image.height)!;
    expect(jsQR(qr.data, qr.width, qr.height)?.data).toMatch(
      /^http:\/\/localhost:4000\/recherche\?where=Valognes&.*&lang=en$/,
    );
  });

  it('names a public holiday in the week and shows it closed', async () => {
    const christmasWeek = new Date('2030-12-23T09:00:00Z');
    const text = flat(
      (await readPdf((await get(guidesAt(t.directory, christmasWeek), '/guide/50615.pdf')).body as Buffer)).text,
    );
    expect(text).toContain(
      'Lundi et mardi : 9 h – 12 h et 14 h – 18 h Mercredi 25 décembre (Noël) : fermé Jeudi – samedi : 9 h – 12 h et 14 h – 18 h Dimanche : fermé',
    );
  });

  it('is served by the platform, with the configured public address in its QR code', async () => {
    const res = await get(t.app, '/guide/50129.pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const pdf = await readPdf(res.body as Buffer);
    expect(pdf.pages).toBe(1);
    expect(flat(pdf.text)).toContain('Réemploi à Cherbourg-en-Cotentin');
    const qr = pdf.images.find((image) => image.width === image.height)!;
    expect(jsQR(qr.data, qr.width, qr.height)?.data).toMatch(
      /^http:\/\/localhost:4000\/recherche\?where=Cherbourg-en-Cotentin&/,
    );
  });

  it('lists the next events around the commune that staff published', async () => {
    const org = await buildOrganization();
    const place = await buildPlace({
      organizationId: org._id,
      name: 'Atelier du Vélo',
      location: { type: 'Point', coordinates: [-1.62, 49.64] },
      address: { street: '2 rue du Port', postcode: '50100', commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
    });
    t.directory.apply(place.toObject());
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org._id.toString());
    // Three days from now, whenever the test runs: within the guide's next two months.
    const day = parisDay(new Date(Date.now() + 3 * 86_400_000));
    const created = await gql(`mutation ($input: EventInput!) { createEvent(input: $input) { id } }`, {
      input: {
        title: 'Atelier réparation vélos',
        kind: 'REPAIR_CAFE',
        startsAt: `${day}T14:00`,
        endsAt: `${day}T17:00`,
        placeId: place._id.toString(),
      },
    });
    expect(created.errors).toBeUndefined();
    const text = flat((await readPdf((await get(t.app, '/guide/50129.pdf')).body as Buffer)).text);
    expect(text).toContain('Prochains événements');
    expect(text).toMatch(/\d+ \S+ à 14:00 — Atelier réparation vélos, Atelier du Vélo, Cherbourg-en-Cotentin/);
  });

  it('answers 404 with a clear message for a commune the directory does not know, 400 for a malformed address', async () => {
    const unknown = await request(t.app).get('/guide/99999.pdf');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', field: 'insee' });
    expect(unknown.body.error.message).toContain('99999');
    const malformed = await request(t.app).get('/guide/cherbourg.pdf');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'insee' });
    const lang = await request(t.app).get('/guide/50129.pdf?lang=de');
    expect(lang.status).toBe(400);
    expect(lang.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });

  it('answers a repeated request with the same file, and 304 to a browser that has it', async () => {
    const first = await get(t.app, '/guide/50412.pdf');
    const second = await get(t.app, '/guide/50412.pdf');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    const revalidated = await request(t.app).get('/guide/50412.pdf').set('If-None-Match', first.headers.etag!);
    expect(revalidated.status).toBe(304);
  });

  it('lists the next events when an agenda is wired', async () => {
    const start = new Date(Date.UTC(2030, 2, 14, 13, 30));
    const app = guidesAt(t.directory, TUESDAY, {
      nextEvents: (commune, from, max) =>
        commune.inseeCode === '50129' && from.getTime() === TUESDAY.getTime()
          ? [{ title: 'Repair café du jeudi', start, venue: 'La Réparette', commune: 'Cherbourg-en-Cotentin' }].slice(
              0,
              max,
            )
          : [],
    });
    const text = flat((await readPdf((await get(app, '/guide/50129.pdf')).body as Buffer)).text);
    expect(text).toContain('Prochains événements');
    expect(text).toContain('jeudi 14 mars à 14:30 — Repair café du jeudi, La Réparette, Cherbourg-en-Cotentin');
    const none = flat((await readPdf((await get(app, '/guide/50615.pdf')).body as Buffer)).text);
    expect(none).toContain('Aucun événement annoncé pour le moment.');
  });
});

/** The page content streams of a PDF, inflated (pdfkit deflates them). */
async function contentStreams(pdf: Buffer): Promise<string> {
  const { inflateSync } = await import('node:zlib');
  const raw = pdf.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      text += inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      // not a deflated stream (or an image): skipped
    }
  }
  return text;
}

describe('printable commune guide over the anonymous rate limit', () => {
  const t = useTestApp({ env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1' } });

  it('answers 429 RATE_LIMITED once an address has used its requests of the minute', async () => {
    expect((await request(t.app).get('/guide/50129.pdf')).status).toBe(200);
    const limited = await request(t.app).get('/guide/50129.pdf');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
