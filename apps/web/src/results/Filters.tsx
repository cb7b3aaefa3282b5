import { Checkbox, CheckboxList } from '../forms/CheckboxList';
import type { PlaceFacets } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { DIRECTION_ACTIONS, RADIUS_STEPS, type Action, type PlaceKind, type SearchState } from '../search/search-state';

export interface FilterLabels {
  actionLabel(id: string): string;
  kindLabel(id: string): string;
  labelName(id: string): string;
}

interface FiltersProps {
  state: SearchState;
  facets: PlaceFacets | undefined;
  labels: FilterLabels;
  /** Radius only makes sense around a point and outside "search this area". */
  showRadius: boolean;
  onChange(patch: Partial<SearchState>): void;
}

const MAIN_ACTIONS: Action[] = ['DONATE', 'REPAIR', 'SELL', 'DROP_OFF', 'BUY', 'BORROW', 'RENT'];

function countOf(facet: { value: string; count: number }[] | undefined, value: string): number | undefined {
  if (!facet) return undefined;
  return facet.find((f) => f.value === value)?.count ?? 0;
}

/** Values worth offering: those with results, plus those already chosen (so they can be unticked). */
function visibleValues(facet: { value: string; count: number }[] | undefined, chosen: string[]): string[] {
  const withResults = (facet ?? [])
    .filter((f) => f.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((f) => f.value);
  return [...new Set([...chosen, ...withResults])];
}

/** Action, kind, label, open-now and distance filters with result counts from `places { facets }`. */
export function Filters({ state, facets, labels, showRadius, onChange }: FiltersProps) {
  const { t } = useI18n();
  // The main actions stay visible even at zero: "Donner (0)" tells the resident more than no box at all.
  const actions = DIRECTION_ACTIONS[state.direction].filter(
    (a) => MAIN_ACTIONS.includes(a) || state.actions.includes(a) || !facets || (countOf(facets.actions, a) ?? 0) > 0,
  );
  const kinds = visibleValues(facets?.kinds, state.kinds) as PlaceKind[];
  const placeLabels = visibleValues(facets?.labels, state.labels);
  const active = state.actions.length + state.kinds.length + state.labels.length + (state.openNow ? 1 : 0) > 0;
  return (
    <div className="filters">
      <fieldset className="filter-group">
        <legend>{t.filterAction}</legend>
        <CheckboxList
          name="action"
          options={actions.map((a) => ({ value: a, label: labels.actionLabel(a), count: countOf(facets?.actions, a) }))}
          value={state.actions}
          onChange={(actions) => onChange({ actions })}
        />
      </fieldset>
      <div className="filter-group">
        <Checkbox
          name="open"
          label={t.filterOpenNow}
          checked={state.openNow}
          onChange={(openNow) => onChange({ openNow })}
        />
      </div>
      {showRadius && (
        <div className="filter-group">
          <label htmlFor="radius" className="field-label">
            {t.filterRadius}
          </label>
          <select
            id="radius"
            className="input"
            value={state.radiusKm}
            onChange={(e) => onChange({ radiusKm: Number(e.target.value) })}
          >
            {[...new Set([...RADIUS_STEPS, state.radiusKm])]
              .sort((a, b) => a - b)
              .map((km) => (
                <option key={km} value={km}>
                  {t.km(km)}
                </option>
              ))}
          </select>
        </div>
      )}
      {kinds.length > 0 && (
        <fieldset className="filter-group">
          <legend>{t.filterKind}</legend>
          <CheckboxList
            name="kind"
            options={kinds.map((k) => ({ value: k, label: labels.kindLabel(k), count: countOf(facets?.kinds, k) }))}
            value={state.kinds}
            onChange={(kinds) => onChange({ kinds })}
          />
        </fieldset>
      )}
      {placeLabels.length > 0 && (
        <fieldset className="filter-group">
          <legend>{t.filterLabels}</legend>
          <CheckboxList
            name="label"
            options={placeLabels.map((l) => ({
              value: l,
              label: labels.labelName(l),
              count: countOf(facets?.labels, l),
            }))}
            value={state.labels}
            onChange={(labels) => onChange({ labels })}
          />
        </fieldset>
      )}
      {active && (
        <button
          type="button"
          className="button button-link"
          onClick={() => onChange({ actions: [], kinds: [], labels: [], openNow: false })}
        >
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
