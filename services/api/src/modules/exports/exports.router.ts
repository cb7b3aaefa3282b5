import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Router, type Request, type Response } from 'express';
import type { DirectoryService } from '../places';
import type { PublicPlace } from '../places';
import { localDay } from '../notices';
import { FRENCH_EXCEL, UTF8_BOM, csvRow } from './csv';
import { LVAO_COLUMNS } from '../federation';
import { lvaoCsvValues } from './lvao-export';
import {
  DATASET_ATTRIBUTION,
  DATASET_LICENCE,
  DATASET_NAME,
  PLACE_COLUMNS,
  placeCsvValues,
  placeFeature,
} from './place-export';

// Bump when a format changes, so cached copies are not reused across versions.
const FORMAT_VERSION = 1;
const MAX_AGE_SECONDS = 300;
const CHUNK = 200;

/** Every published place from the in-memory directory, in a stable order (by id). */
function publishedPlaces(directory: DirectoryService): PublicPlace[] {
  const size = directory.index.size;
  if (size === 0) return [];
  return directory.index
    .search({ limit: size })
    .hits.map((hit) => hit.place)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Changes whenever a published place is added, changed or withdrawn. */
/** `day`: the local day, for formats whose rows change with it (notices not yet over) as well as with writes. */
function etagOf(places: PublicPlace[], format: string, day = ''): string {
  const hash = createHash('sha1').update(`${format}:${FORMAT_VERSION}:${day}`);
  for (const place of places) hash.update(`${place.id}:${place.version}:${place.updatedAt.getTime()};`);
  return `W/"${hash.digest('base64url')}"`;
}

/** Writes pieces with back-pressure, so a large export never buffers whole in memory. */
async function stream(
  res: Response,
  head: string,
  items: PublicPlace[],
  line: (place: PublicPlace, index: number) => string,
  tail = '',
) {
  let buffer = head;
  for (let i = 0; i < items.length; i += 1) {
    buffer += line(items[i]!, i);
    if ((i + 1) % CHUNK === 0) {
      if (!res.write(buffer)) await once(res, 'drain');
      buffer = '';
    }
  }
  res.end(buffer + tail);
}

interface ExportFormat {
  name: string;
  type: string;
  file: string;
  /** Which published places the format carries (default: all). */
  includes?: (place: PublicPlace) => boolean;
  /** Rows depend on the day as well as on the places (the notices still live): the ETag changes daily. */
  daily?: boolean;
  write: (res: Response, places: PublicPlace[], now: Date) => Promise<void>;
}

function respond(format: ExportFormat, directory: DirectoryService) {
  return async (req: Request, res: Response) => {
    const published = publishedPlaces(directory);
    const places = format.includes ? published.filter(format.includes) : published;
    const now = new Date();
    const etag = etagOf(places, format.name, format.daily ? localDay(now) : '');
    res.set({
      ETag: etag,
      'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}`,
      'Content-Disposition': `inline; filename="${format.file}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.type(format.type);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await format.write(res, places, now);
  };
}

/** Open-data exports of published places: GeoJSON, CSV and LVAO CSV, with licence and attribution. */
export function exportsRouter(directory: DirectoryService): Router {
  const router = Router();
  router.get(
    '/places.geojson',
    respond(
      {
        name: 'geojson',
        type: 'application/geo+json; charset=utf-8',
        file: 'reemploi-places.geojson',
        write: (res, places) => {
          const head = `{"type":"FeatureCollection","name":${JSON.stringify(DATASET_NAME)},"licence":${JSON.stringify(DATASET_LICENCE)},"attribution":${JSON.stringify(DATASET_ATTRIBUTION)},"generatedAt":"${new Date().toISOString()}","features":[\n`;
          return stream(
            res,
            head,
            places,
            (place, i) => `${i > 0 ? ',\n' : ''}${JSON.stringify(placeFeature(place))}`,
            '\n]}\n',
          );
        },
      },
      directory,
    ),
  );
  router.get(
    '/places.csv',
    respond(
      {
        name: 'csv',
        type: 'text/csv; charset=utf-8',
        file: 'reemploi-places.csv',
        daily: true,
        write: (res, places, now) => stream(res, csvRow(PLACE_COLUMNS), places, (p) => csvRow(placeCsvValues(p, now))),
      },
      directory,
    ),
  );
  // The same table for a double-click in French Excel: BOM, `;` and decimal commas (places.csv stays RFC 4180).
  router.get(
    '/places.excel.csv',
    respond(
      {
        name: 'csv-excel',
        type: 'text/csv; charset=utf-8',
        file: 'reemploi-lieux-excel.csv',
        daily: true,
        write: (res, places, now) =>
          stream(res, UTF8_BOM + csvRow(PLACE_COLUMNS, FRENCH_EXCEL), places, (p) =>
            csvRow(placeCsvValues(p, now), FRENCH_EXCEL),
          ),
      },
      directory,
    ),
  );
  router.get(
    '/places.lvao.csv',
    respond(
      {
        name: 'lvao',
        type: 'text/csv; charset=utf-8',
        file: 'reemploi-places-lvao.csv',
        // Feeds the national map: demo places (approximate, unconfirmed) must not reach it, and LVAO has no column to flag them.
        includes: (place) => !place.isDemo,
        write: (res, places) => stream(res, csvRow(LVAO_COLUMNS), places, (p) => csvRow(lvaoCsvValues(p))),
      },
      directory,
    ),
  );
  return router;
}
