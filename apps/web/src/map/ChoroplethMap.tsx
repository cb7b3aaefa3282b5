import maplibregl, { type ExpressionSpecification, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { plainStyle } from './basemap';
import { mapText } from './map-text';

type Position = number[];
export type AreaGeometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export interface ValuedAreas {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { value: number }; geometry: AreaGeometry }[];
}

/** The box [west, south, east, north] of some areas' outlines. */
export function areasBounds(features: readonly { geometry: AreaGeometry }[]): [number, number, number, number] {
  const points = features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2),
  );
  const lngs = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** A MapLibre step expression: `below` under the first bound, then each class's colour from its lower bound. */
export const stepColors = (
  from: readonly number[],
  colors: readonly string[],
  below: string,
): ExpressionSpecification => ['step', ['get', 'value'], below, ...from.flatMap((bound, i) => [bound, colors[i]!])];

/**
 * A still picture of areas (communes) coloured by their `value`, on the plain background: no tiles, so it
 * draws without the network and never waits for a basemap. Role img with `label`: its figures are in a
 * table next to it, which is the keyboard and screen-reader alternative; nothing to pan or focus. Without
 * WebGL it says so instead (the table stays the complete answer). Used by the back-office demand
 * map and the collectivity's gaps map.
 */
export function ChoroplethMap({
  areas,
  color,
  bounds,
  label,
  context,
  height = 420,
}: {
  areas: ValuedAreas;
  /** Areas drawn around, uncoloured (the rest of the territory), for one's bearings. */
  context?: { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: AreaGeometry }[] };
  color: ExpressionSpecification;
  bounds: [number, number, number, number];
  label: string;
  height?: number;
}) {
  const { lang } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    let created: maplibregl.Map;
    try {
      created = new maplibregl.Map({
        container: container.current,
        style: plainStyle(''),
        bounds,
        fitBoundsOptions: { padding: 16 },
        attributionControl: false,
        interactive: false,
      });
    } catch {
      setFailed(true);
      return;
    }
    created.on('load', () => {
      if (context) {
        created.addSource('context', { type: 'geojson', data: context as never });
        created.addLayer({ id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': '#fbfcfb' } });
        created.addLayer({
          id: 'context-line',
          type: 'line',
          source: 'context',
          paint: { 'line-color': '#b8bdb8', 'line-width': 0.5 },
        });
      }
      created.addSource('communes', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      created.addLayer({
        id: 'communes-fill',
        type: 'fill',
        source: 'communes',
        paint: { 'fill-color': color, 'fill-opacity': 0.85 },
      });
      created.addLayer({
        id: 'communes-line',
        type: 'line',
        source: 'communes',
        paint: { 'line-color': '#4a4f4a', 'line-width': 1 },
      });
      setReady(true);
    });
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
    // Created once (with its context and frame); the areas and colours are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!ready || !map.current) return;
    map.current.setPaintProperty('communes-fill', 'fill-color', color);
    const source = map.current.getSource('communes') as GeoJSONSource | undefined;
    source?.setData(areas as unknown as Parameters<GeoJSONSource['setData']>[0]);
  }, [ready, areas, color]);

  if (failed) return <p className="demand-map-note">{mapText(lang).choroplethUnavailable}</p>;
  return <div className="demand-map-canvas" ref={container} role="img" aria-label={label} style={{ height }} />;
}
