import { skipToken, useQuery } from '@apollo/client/react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { REDUCED_MOTION } from '../app/useMediaQuery';
import { MAP_FEATURES_QUERY, type PlaceSummary } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import type { BBox, LatLng, PlaceFilterInput } from '../search/search-state';
import { Basemap, plainStyle, type BasemapState } from './basemap';
import { BasemapNotice } from './BasemapNotice';
import { mapText } from './map-text';
import { createMarkerElement, markerKey } from './markers';
import { featureBox } from './feature-box';

export interface PlacesMapProps {
  styleUrl: string;
  filter: PlaceFilterInput;
  origin: LatLng | null;
  /** The list's places: the map frames them when they change. */
  places: PlaceSummary[];
  fitToPlaces: boolean;
  /** Camera from a shared URL; wins over framing on first display. */
  camera: { zoom: number; center: LatLng } | null;
  highlightedId: string | null;
  onHighlight(id: string | null): void;
  onSelect(id: string): void;
  onCameraChange(zoom: number, center: LatLng): void;
  onSearchArea(bbox: BBox): void;
  text: { searchThisArea: string; yourPosition: string; mapLabel: string; mapError: string; places(n: number): string };
}

const COTENTIN: LatLng = { lat: 49.55, lng: -1.6 };

interface Viewport {
  bbox: BBox;
  zoom: number;
}

function viewportOf(map: maplibregl.Map): Viewport {
  const b = map.getBounds();
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    bbox: { west: r(b.getWest()), south: r(b.getSouth()), east: r(b.getEast()), north: r(b.getNorth()) },
    zoom: Math.max(0, Math.min(22, Math.round(map.getZoom()))),
  };
}

/** MapLibre map of `mapFeatures` clusters and places, kept in step with the results list. */
export function PlacesMap(props: PlacesMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markersRef = useRef(new Map<string, { marker: maplibregl.Marker; element: HTMLElement }>());
  const propsRef = useRef(props);
  propsRef.current = props;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [moved, setMoved] = useState(false);
  const [failed, setFailed] = useState(false);
  const [basemap, setBasemap] = useState<BasemapState>('loading');
  const { lang } = useI18n();
  const langRef = useRef(lang);
  langRef.current = lang;
  const basemapRef = useRef<Basemap | null>(null);
  const reducedMotion = typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches;

  // Create the map once.
  useEffect(() => {
    if (!containerRef.current) return;
    const start = props.camera ?? { center: props.origin ?? COTENTIN, zoom: props.origin ? 11 : 8.5 };
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: containerRef.current,
        style: props.styleUrl,
        center: [start.center.lng, start.center.lat],
        zoom: start.zoom,
        attributionControl: { compact: false },
        fadeDuration: reducedMotion ? 0 : 300,
        locale: {
          'Map.Title': props.text.mapLabel,
          // MapLibre's own labels are English: the zoom buttons speak the page's language.
          'NavigationControl.ZoomIn': mapText(langRef.current).zoomIn,
          'NavigationControl.ZoomOut': mapText(langRef.current).zoomOut,
        },
      });
    } catch {
      // No WebGL (old phone, locked-down browser): the list stays the complete answer.
      setFailed(true);
      return;
    }
    mapRef.current = map;
    const keeper = new Basemap(
      map,
      props.styleUrl,
      () => plainStyle(mapText(langRef.current).placesAttribution),
      setBasemap,
    );
    basemapRef.current = keeper;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // Places do not wait for the basemap (its `load` never comes when the style cannot be fetched).
    setViewport(viewportOf(map));
    // A panel laid out after the map was created (phone map view) shows more than first measured.
    map.on('resize', () => setViewport(viewportOf(map)));
    map.on('moveend', (event) => {
      setViewport(viewportOf(map));
      if ((event as { originalEvent?: unknown }).originalEvent) {
        setMoved(true);
        const c = map.getCenter();
        propsRef.current.onCameraChange(Math.round(map.getZoom() * 10) / 10, { lat: c.lat, lng: c.lng });
      }
    });
    return () => {
      keeper.dispose();
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: the first camera, style and label only
  }, []);

  useEffect(() => basemapRef.current?.relabel(), [lang]);

  const { data, previousData } = useQuery(
    MAP_FEATURES_QUERY,
    viewport
      ? { variables: { bbox: featureBox(viewport.bbox, viewport.zoom), zoom: viewport.zoom, filter: props.filter } }
      : skipToken,
  );
  const features = (data ?? previousData)?.mapFeatures;

  // Markers for clusters and places.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !features) return;
    const markers = markersRef.current;
    markers.forEach(({ marker }) => marker.remove());
    markers.clear();
    for (const feature of features) {
      const element = createMarkerElement(feature, propsRef.current.text.places, () => {
        if (feature.type === 'CLUSTER') {
          const zoom = feature.expansionZoom ?? map.getZoom() + 2;
          map.easeTo({ center: [feature.lng, feature.lat], zoom, duration: reducedMotion ? 0 : 500 });
        } else if (feature.place) {
          propsRef.current.onSelect(feature.place.id);
        }
      });
      if (feature.place) {
        const id = feature.place.id;
        element.addEventListener('mouseenter', () => propsRef.current.onHighlight(id));
        element.addEventListener('mouseleave', () => propsRef.current.onHighlight(null));
      }
      const marker = new maplibregl.Marker({ element }).setLngLat([feature.lng, feature.lat]).addTo(map);
      markers.set(markerKey(feature), { marker, element });
    }
  }, [features, reducedMotion]);

  // Highlight follows the list (hover, focus) and the map (hover, click).
  useEffect(() => {
    markersRef.current.forEach(({ element }, key) => {
      element.classList.toggle('is-highlighted', key === `place:${props.highlightedId}`);
    });
  }, [props.highlightedId, features]);

  // The search point.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.origin) return;
    const element = document.createElement('div');
    element.className = 'map-origin';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', props.text.yourPosition);
    const marker = new maplibregl.Marker({ element }).setLngLat([props.origin.lng, props.origin.lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [props.origin, props.text.yourPosition]);

  // Frame the list's places when they change (not on a shared camera's first display).
  const placesKey = props.places.map((p) => p.id).join(',');
  const skipFirstFit = useRef(props.camera !== null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.fitToPlaces || props.places.length === 0) return;
    if (skipFirstFit.current) {
      skipFirstFit.current = false;
      return;
    }
    const bounds = new maplibregl.LngLatBounds();
    props.places.slice(0, 10).forEach((p) => bounds.extend([p.location.lng, p.location.lat]));
    if (props.origin) bounds.extend([props.origin.lng, props.origin.lat]);
    // The panel may have been laid out after the map was created: measure again first.
    map.resize();
    map.fitBounds(bounds, { padding: 48, maxZoom: 13, duration: reducedMotion ? 0 : 600 });
    setMoved(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- framed when the list's places change (placesKey), not on every render's new array
  }, [placesKey, props.fitToPlaces]);

  if (failed) return <p className="notice notice-info">{props.text.mapError}</p>;

  return (
    <div className="map-wrapper">
      <div ref={containerRef} className="map-container" data-testid="map" />
      <div className="map-overlay">
        <BasemapNotice state={basemap} />
        {moved && viewport && (
          <button
            type="button"
            className="button button-primary map-search-area"
            onClick={() => {
              setMoved(false);
              props.onSearchArea(viewport.bbox);
            }}
          >
            {props.text.searchThisArea}
          </button>
        )}
      </div>
    </div>
  );
}
