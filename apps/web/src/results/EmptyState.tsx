import { useI18n } from '../i18n/I18nContext';
import { widerRadius, type SearchState } from '../search/search-state';

/** "Nothing within 10 km for this — widen the search?" with the next useful step as a button. */
export function EmptyState({
  state,
  hasPoint,
  onChange,
}: {
  state: SearchState;
  hasPoint: boolean;
  onChange(patch: Partial<SearchState>): void;
}) {
  const { t } = useI18n();
  const wider = hasPoint && !state.bbox ? widerRadius(state.radiusKm) : null;
  const filtered = state.kinds.length + state.labels.length + (state.openNow ? 1 : 0) > 0;
  return (
    <div className="notice notice-empty">
      <h2>{t.emptyTitle}</h2>
      <p>{hasPoint && !state.bbox ? t.emptyRadius(state.radiusKm) : t.emptyNoFilters}</p>
      <div className="notice-actions">
        {wider && (
          <button type="button" className="button button-primary" onClick={() => onChange({ radiusKm: wider })}>
            {t.widen(wider)}
          </button>
        )}
        {state.bbox && (
          <button type="button" className="button button-primary" onClick={() => onChange({ bbox: null })}>
            {t.within(state.radiusKm)}
          </button>
        )}
        {filtered && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onChange({ kinds: [], labels: [], openNow: false })}
          >
            {t.clearFilters}
          </button>
        )}
      </div>
    </div>
  );
}
