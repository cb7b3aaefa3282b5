import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { GuideContent } from './guide-content';

const MARGIN = 42;
const QR_SIZE = 104;
/** Body type: at least 11 pt everywhere, for residents reading a notice board. */
const SIZE = { title: 22, subtitle: 13, heading: 16, name: 13, body: 12, small: 11 };
const INK = '#000000';
const RULE = '#555555';
const REGULAR = 'Regular';
const BOLD = 'Bold';

/**
 * Atkinson Hyperlegible (Braille Institute, SIL OFL), drawn for readers with low vision, embedded so the
 * page prints and reads the same everywhere; its Latin subset covers French and English text.
 */
function fontFile(weight: 400 | 700): string {
  const require = createRequire(path.join(repoRoot(), 'services', 'api', 'package.json'));
  return require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Writes the guide's one A4 page: a tagged PDF (headings, paragraphs, a described figure) with real text. */
export async function renderGuidePdf(content: GuideContent, now: Date): Promise<Buffer> {
  const { text, commune } = content;
  const qr = await QRCode.toBuffer(content.liveUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    tagged: true,
    lang: content.lang === 'en' ? 'en-GB' : 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: text.title(commune.name),
      Subject: text.subtitle,
      Author: 'Réemploi',
      Creator: 'Réemploi',
      CreationDate: now,
      ModDate: now,
    },
  });
  doc.registerFont(REGULAR, fontFile(400));
  doc.registerFont(BOLD, fontFile(700));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  // Everything above the QR band; an entry that would not fit is left out and counted instead.
  const bandTop = doc.page.height - MARGIN - QR_SIZE - 58;
  const page = new PageWriter(doc, root, width, bandTop);

  page.write('H1', text.title(commune.name), BOLD, SIZE.title);
  page.write('P', text.subtitle, REGULAR, SIZE.subtitle);
  page.write('P', content.edition, REGULAR, SIZE.small, 8);
  page.rule();

  page.write('H2', text.recyclingCentres, BOLD, SIZE.heading, 2);
  // The week the hours are for, once for every déchèterie.
  if (content.recyclingCentres.some((centre) => centre.hours.length > 0))
    page.write('P', content.weekOf, REGULAR, SIZE.body, 6);
  for (const centre of content.recyclingCentres) {
    const lines = [
      centre.address ? `${centre.address} (${centre.distance})` : centre.distance,
      ...centre.hours.map((line) => `${line.days}${text.colon}${line.hours}`),
      ...(centre.hoursNote ? [centre.hoursNote] : []),
      centre.closures.length ? `${text.nextClosures} ${centre.closures.join(' ; ')}.` : text.noClosure,
    ];
    if (!page.fits([[centre.name, BOLD, SIZE.name], ...lines.map((l) => [l, REGULAR, SIZE.body] as const)])) break;
    page.write('H3', centre.name, BOLD, SIZE.name, 1);
    lines.forEach((line, i) => page.write('P', line, REGULAR, SIZE.body, i === lines.length - 1 ? 8 : 1));
  }

  page.rule();
  page.write('H2', text.reusePlaces, BOLD, SIZE.heading, 4);
  if (content.reusePlaces.length === 0) page.write('P', text.noReusePlace, REGULAR, SIZE.body);
  // Room kept for the events section below: its heading and up to three events.
  const eventsRoom = content.events ? 52 + Math.min(Math.max(content.events.length, 1), 3) * 17 : 0;
  let shown = 0;
  for (const place of content.reusePlaces) {
    const line = `${place.kind} — ${place.where}${place.phone ? ` — ${place.phone.replace(/ /g, '\u00a0')}` : ''}`;
    if (
      !page.fits(
        [
          [place.name, BOLD, SIZE.body],
          [line, REGULAR, SIZE.small],
          [text.morePlaces(99), REGULAR, SIZE.small],
        ],
        eventsRoom,
      )
    )
      break;
    page.write('H3', place.name, BOLD, SIZE.body, 0);
    page.write('P', line, REGULAR, SIZE.small, 5);
    shown += 1;
  }
  if (shown < content.reusePlaces.length)
    page.write('P', text.morePlaces(content.reusePlaces.length - shown), REGULAR, SIZE.small);

  if (content.events) {
    page.rule();
    page.write('H2', text.events, BOLD, SIZE.heading, 4);
    if (content.events.length === 0) page.write('P', text.noEvent, REGULAR, SIZE.body);
    let listed = 0;
    for (const event of content.events) {
      const line = `${event.when} — ${event.title}${event.where ? `, ${event.where}` : ''}`;
      if (
        !page.fits([
          [line, REGULAR, SIZE.body],
          [text.moreEvents(99), REGULAR, SIZE.small],
        ])
      )
        break;
      page.write('P', line, REGULAR, SIZE.body, 2);
      listed += 1;
    }
    if (listed < content.events.length)
      page.write('P', text.moreEvents(content.events.length - listed), REGULAR, SIZE.small);
  }

  // The QR band: the code, what it is for, the address printed under it, and the footer.
  const top = bandTop + 6;
  page.rule(top);
  const figure = doc.struct('Figure', { alt: text.qrAlt(content.liveUrl) }, () => {
    doc.image(qr, MARGIN, top + 8, { width: QR_SIZE, height: QR_SIZE });
  });
  root.add(figure);
  const captionX = MARGIN + QR_SIZE + 14;
  page.writeAt('P', text.qrCaption, REGULAR, SIZE.body, captionX, top + 14, width - QR_SIZE - 14);
  page.writeAt('P', text.footer, REGULAR, SIZE.small, captionX, doc.y + 8, width - QR_SIZE - 14);
  page.writeAt('P', content.liveUrl, BOLD, SIZE.small, MARGIN, top + QR_SIZE + 14, width);

  root.end();
  doc.end();
  return finished;
}

/** Writes tagged blocks top to bottom, and says whether some blocks still fit above the QR band. */
class PageWriter {
  constructor(
    private readonly doc: Doc,
    private readonly root: Struct,
    private readonly width: number,
    private readonly bottom: number,
  ) {}

  fits(blocks: readonly (readonly [string, string, number])[], reserve = 0): boolean {
    let height = 0;
    for (const [value, font, size] of blocks) {
      this.doc.font(font).fontSize(size);
      height += this.doc.heightOfString(value, { width: this.width }) + 2;
    }
    return this.doc.y + height <= this.bottom - reserve;
  }

  write(type: string, value: string, font: string, size: number, gapAfter = 2): void {
    this.writeAt(type, value, font, size, this.doc.page.margins.left, this.doc.y, this.width);
    this.doc.y += gapAfter;
  }

  writeAt(type: string, value: string, font: string, size: number, x: number, y: number, width: number): void {
    const { doc } = this;
    this.root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(size).fillColor(INK).text(value, x, y, { width, lineGap: 1 });
      }),
    );
  }

  /** A thin separating line, marked as an artifact (screen readers skip it). */
  rule(at?: number): void {
    const { doc } = this;
    const y = (at ?? doc.y) + 2;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.margins.left + this.width, y)
      .lineWidth(0.8)
      .strokeColor(RULE)
      .stroke();
    doc.endMarkedContent();
    doc.y = y + 8;
  }
}
