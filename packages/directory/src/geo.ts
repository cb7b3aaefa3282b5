import type { BBox, LatLng } from './types';

const EARTH_RADIUS_M = 6371e3; // the radius geokdbush uses, so its order and our distances agree
const RAD = Math.PI / 180;

function haverSin(theta: number): number {
  const s = Math.sin(theta / 2);
  return s * s;
}

/**
 * Haversine term between two points, computed exactly as geokdbush does (same operations, same order),
 * so distances we report never disagree with the order in which geokdbush returns points.
 */
export function haverSinDistance(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const cosLat1 = Math.cos(lat1 * RAD);
  return cosLat1 * Math.cos(lat2 * RAD) * haverSin((lng1 - lng2) * RAD) + haverSin((lat1 - lat2) * RAD);
}

/** Great-circle distance in metres between two WGS84 points. */
export function haversineMeters(a: LatLng, b: LatLng): number {
  return metersFromHaverSin(haverSinDistance(a.lng, a.lat, b.lng, b.lat));
}

/** Converts a haversine term to metres. */
export function metersFromHaverSin(h: number): number {
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** Whether a point lies in the box (west ≤ lng ≤ east, south ≤ lat ≤ north; west > east crosses the antimeridian). */
export function inBBox(lng: number, lat: number, box: BBox): boolean {
  if (lat < box.south || lat > box.north) return false;
  return box.west <= box.east ? lng >= box.west && lng <= box.east : lng >= box.west || lng <= box.east;
}

/** Boxes covering a bbox without crossing the antimeridian (one, or two when it crosses). */
export function splitBBox(box: BBox): BBox[] {
  if (box.west <= box.east) return [box];
  return [
    { ...box, east: 180 },
    { ...box, west: -180 },
  ];
}

/** A box that contains every point within `meters` of `center` (a little generous, never too small). */
export function circleBBox(center: LatLng, meters: number): BBox {
  const dLat = (meters / EARTH_RADIUS_M / RAD) * 1.0001;
  const south = Math.max(-90, center.lat - dLat);
  const north = Math.min(90, center.lat + dLat);
  const maxAbsLat = Math.max(Math.abs(south), Math.abs(north));
  if (maxAbsLat >= 89.9 || dLat >= 90) return { west: -180, south, east: 180, north };
  const dLng = Math.min(180, (dLat / Math.cos(maxAbsLat * RAD)) * 1.0001);
  if (dLng >= 180) return { west: -180, south, east: 180, north };
  return { west: wrapLng(center.lng - dLng), south, east: wrapLng(center.lng + dLng), north };
}

function wrapLng(lng: number): number {
  return lng < -180 ? lng + 360 : lng > 180 ? lng - 360 : lng;
}
