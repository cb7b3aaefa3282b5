import type { PlaceFacets } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import {
  DIRECTION_ACTIONS,
  RADIUS_STEPS,
  toggle,
  type Action,
  type PlaceKind,
  type SearchState,
} from '../search/search-state';

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

function Option(props: { name: string; label: string; count: number | undefined; checked: boolean; onToggle(): void }) {
  const empty = props.count === 0 && !props.checked;
  return (
    <li>
      <label className={`check${empty ? ' is-empty' : ''}`}>
        <input type="checkbox" name={props.name} checked={props.checked} onChange={props.onToggle} />
        <span>{props.label}</span>
        {props.count !== undefined && <span className="count">({props.count})</span>}
      </label>
    </li>
  );
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
        <ul className="check-list">
          {actions.map((a) => (
            <Option
              key={a}
              name="action"
              label={labels.actionLabel(a)}
              count={countOf(facets?.actions, a)}
              checked={state.actions.includes(a)}
              onToggle={() => onChange({ actions: toggle<Action>(state.actions, a) })}
            />
          ))}
        </ul>
      </fieldset>
      <div className="filter-group">
        <label className="check">
          <input
            type="checkbox"
            name="open"
            checked={state.openNow}
            onChange={() => onChange({ openNow: !state.openNow })}
          />
          <span>{t.filterOpenNow}</span>
        </label>
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
          <ul className="check-list">
            {kinds.map((k) => (
              <Option
                key={k}
                name="kind"
                label={labels.kindLabel(k)}
                count={countOf(facets?.kinds, k)}
                checked={state.kinds.includes(k)}
                onToggle={() => onChange({ kinds: toggle<PlaceKind>(state.kinds, k) })}
              />
            ))}
          </ul>
        </fieldset>
      )}
      {placeLabels.length > 0 && (
        <fieldset className="filter-group">
          <legend>{t.filterLabels}</legend>
          <ul className="check-list">
            {placeLabels.map((l) => (
              <Option
                key={l}
                name="label"
                label={labels.labelName(l)}
                count={countOf(facets?.labels, l)}
                checked={state.labels.includes(l)}
                onToggle={() => onChange({ labels: toggle(state.labels, l) })}
              />
            ))}
          </ul>
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
