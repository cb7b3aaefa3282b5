import { useCallback, useEffect, useState } from 'react';
import { useConfig } from '../config/ConfigContext';
import { useI18n } from '../i18n/I18nContext';
import { Combobox } from './Combobox';
import { geocode, searchTowns, type LocationChoice } from './locations';
import type { LatLng } from './search-state';
import { useDebouncedValue } from './useDebouncedValue';
import { useGeolocation } from './useGeolocation';

export interface LocationValue {
  where: string;
  point: LatLng | null;
  aroundMe: boolean;
}

/** "Autour de moi" or a town/address: the demo towns list first, then the BAN geocoder when configured. */
export function LocationField({ value, onChange }: { value: LocationValue; onChange(value: LocationValue): void }) {
  const { t } = useI18n();
  const { geocoderUrl } = useConfig();
  const [remote, setRemote] = useState<LocationChoice[]>([]);
  const query = useDebouncedValue(value.where, 300);
  const onLocated = useCallback((point: LatLng) => onChange({ where: '', point, aroundMe: true }), [onChange]);
  const geo = useGeolocation(onLocated);

  useEffect(() => {
    if (!geocoderUrl || value.point || query.trim().length < 3) {
      setRemote([]);
      return;
    }
    const controller = new AbortController();
    void geocode(geocoderUrl, query, controller.signal).then((choices) => {
      if (!controller.signal.aborted) setRemote(choices);
    });
    return () => controller.abort();
  }, [geocoderUrl, query, value.point]);

  const local = value.point ? [] : searchTowns(value.where);
  const seen = new Set(local.map((c) => c.label.toLowerCase()));
  const choices = [...local, ...remote.filter((c) => !seen.has(c.label.toLowerCase()))].slice(0, 8);
  const geoMessage =
    geo.status === 'locating'
      ? t.locating
      : geo.status === 'denied'
        ? t.geoDenied
        : geo.status === 'unsupported'
          ? t.geoUnsupported
          : value.aroundMe && value.point
            ? t.located
            : '';

  return (
    <div className="location-field">
      <Combobox
        inputId="where"
        label={t.whereLabel}
        hint={t.whereHint}
        value={value.aroundMe ? t.aroundMe : value.where}
        options={choices.map((c, i) => ({ key: `${i}-${c.label}`, primary: c.label, secondary: c.detail }))}
        listLabel={t.locationSuggestions}
        status={`${choices.length} · ${t.locationSuggestions}`}
        autoComplete="address-level2"
        onChange={(text) => {
          geo.reset();
          onChange({ where: text, point: null, aroundMe: false });
        }}
        onSelect={(option) => {
          const choice = choices.find((c, i) => `${i}-${c.label}` === option.key);
          if (choice) onChange({ where: choice.label, point: choice.point, aroundMe: false });
        }}
      >
        <button type="button" className="button button-secondary around-me" onClick={geo.locate}>
          <span aria-hidden="true">◎ </span>
          {t.aroundMe}
        </button>
      </Combobox>
      <p
        className={`field-message${geo.status === 'denied' || geo.status === 'unsupported' ? ' field-message-warning' : ''}`}
        role="status"
      >
        {geoMessage}
      </p>
    </div>
  );
}
