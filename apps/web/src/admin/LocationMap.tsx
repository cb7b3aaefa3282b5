import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { Basemap, plainStyle, type BasemapState } from '../map/basemap';
import { BasemapNotice } from '../map/BasemapNotice';
import { mapText } from '../map/map-text';
import type { LatLng } from '../search/search-state';
import type { AdminText } from './admin-text';

/** A map with one draggable marker: where the place is. Coordinates stay editable beside it. */
export function LocationMap(props: {
  styleUrl: string;
  value: LatLng;
  text: AdminText;
  onChange(point: LatLng): void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const marker = useRef<maplibregl.Marker | null>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const [basemap, setBasemap] = useState<BasemapState>('loading');
  const { lang } = useI18n();
  const langRef = useRef(lang);
  langRef.current = lang;
  const basemapRef = useRef<Basemap | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = new maplibregl.Map({
      container: container.current,
      style: props.styleUrl,
      center: [props.value.lng, props.value.lat],
      zoom: 15,
      attributionControl: { compact: false },
      // MapLibre's own control titles are English only unless given.
      locale: {
        'Map.Title': props.text.location,
        'NavigationControl.ZoomIn': props.text.mapZoomIn,
        'NavigationControl.ZoomOut': props.text.mapZoomOut,
      },
    });
    const keeper = new Basemap(
      created,
      props.styleUrl,
      () => plainStyle(mapText(langRef.current).placesAttribution),
      setBasemap,
    );
    basemapRef.current = keeper;
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const element = document.createElement('div');
    element.className = 'map-marker is-highlighted';
    element.setAttribute('aria-hidden', 'true');
    const pin = new maplibregl.Marker({ element, draggable: true })
      .setLngLat([props.value.lng, props.value.lat])
      .addTo(created);
    pin.on('dragend', () => {
      const { lat, lng } = pin.getLngLat();
      onChange.current({ lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) });
    });
    map.current = created;
    marker.current = pin;
    return () => {
      keeper.dispose();
      created.remove();
      map.current = null;
      marker.current = null;
    };
    // The map is created once; later positions move the marker (below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.styleUrl]);

  useEffect(() => basemapRef.current?.relabel(), [lang]);

  useEffect(() => {
    const current = marker.current?.getLngLat();
    if (!current || (Math.abs(current.lat - props.value.lat) < 1e-7 && Math.abs(current.lng - props.value.lng) < 1e-7))
      return;
    marker.current?.setLngLat([props.value.lng, props.value.lat]);
    map.current?.easeTo({ center: [props.value.lng, props.value.lat], duration: 0 });
  }, [props.value.lat, props.value.lng]);

  return (
    <div className="location-map-wrapper">
      <div
        ref={container}
        className="location-map"
        role="region"
        aria-label={props.text.location}
        data-testid="location-map"
      />
      <div className="map-overlay">
        <BasemapNotice state={basemap} />
      </div>
    </div>
  );
}
