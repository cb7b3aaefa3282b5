import { useI18n } from '../i18n/I18nContext';
import type { BasemapState } from './basemap';
import { mapText } from './map-text';

/** Says, over the map, that its basemap is missing; present (empty) all along so screen readers announce it. */
export function BasemapNotice({ state }: { state: BasemapState }) {
  const { lang } = useI18n();
  return (
    <p className="map-notice" role="status">
      {state === 'plain' ? mapText(lang).basemapUnavailable : ''}
    </p>
  );
}
