import '../admin/insights/insights.css';
import { useId, useMemo, useState } from 'react';
import { classAmong } from '../admin/insights/commune-areas';
import { ChoroplethMap, areasBounds, stepColors } from '../map/ChoroplethMap';
import {
  MISSING_COLORS,
  MISSING_FROM,
  ONE_COLORS,
  ONE_FROM,
  UNKNOWN_COLOR,
  contextAreas,
  gapAreas,
  gapMapRows,
} from './gaps-map';
import type { Gap } from './network-csv';
import { useTerritoryText } from './territory-text';

const ALL_COLOR = stepColors(MISSING_FROM, MISSING_COLORS, UNKNOWN_COLOR);
const ONE_COLOR = stepColors(ONE_FROM, ONE_COLORS, UNKNOWN_COLOR);

/**
 * The gaps of a collectivity's territory on a map (its own lazy chunk, with MapLibre and the communes'
 * outlines): each commune coloured by how many competences no structure offers within 30 km, or by one
 * chosen competence; a legend that counts the communes of each class; the same figures in a table of the
 * map's communes (the keyboard and screen-reader alternative, next to the per-competence table of gaps).
 */
export function GapsMap({
  communes,
  gaps,
  unlocated,
  competences,
}: {
  communes: readonly { insee: string; name: string }[];
  gaps: readonly Gap[];
  unlocated: readonly string[];
  /** The vocabulary to choose from (code, label). */
  competences: readonly { code: string; label: string }[];
}) {
  const text = useTerritoryText();
  const [competence, setCompetence] = useState('');
  const chosen = competences.find((c) => c.code === competence) ?? null;
  const rows = useMemo(
    () => gapMapRows(communes, gaps, unlocated, competence || null),
    [communes, gaps, unlocated, competence],
  );
  const areas = useMemo(() => gapAreas(rows), [rows]);
  const bounds = useMemo(() => (areas.features.length ? areasBounds(areas.features) : null), [areas]);
  // The rest of the Cotentin around, for one's bearings (the territory does not change with the competence).
  const context = useMemo(() => contextAreas(gapMapRows(communes, [], [], null)), [communes]);
  const select = useId();
  const from: readonly number[] = chosen ? ONE_FROM : MISSING_FROM;
  const colors: readonly string[] = chosen ? ONE_COLORS : MISSING_COLORS;
  const counts = colors.map((_, i) => rows.filter((r) => r.missing && classAmong(from, r.missing.length) === i).length);
  const unknown = rows.filter((r) => !r.missing).length;
  const classLabel = (i: number) =>
    chosen
      ? i === 0
        ? text.legendOffered
        : text.legendMissingOne
      : text.legendMissing(from[i]!, i + 1 < from.length ? from[i + 1]! - 1 : null);
  const label = text.mapLabel(chosen?.label ?? null);

  if (!bounds) return null;
  return (
    <figure className="demand-map gaps-map">
      <figcaption>
        <h3>{text.gapsMap}</h3>
      </figcaption>
      <div className="demand-map-controls">
        <label htmlFor={select}>{text.mapCompetence}</label>{' '}
        <select id={select} value={competence} onChange={(e) => setCompetence(e.target.value)}>
          <option value="">{text.allCompetences}</option>
          {competences.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <ChoroplethMap
        areas={areas}
        context={context}
        color={chosen ? ONE_COLOR : ALL_COLOR}
        bounds={bounds}
        label={label}
        height={380}
      />
      <ul className="demand-map-legend" aria-label={text.legend}>
        {colors.map((color, i) => (
          <li key={color}>
            <span className="swatch" style={{ background: color }} aria-hidden="true" />
            {text.legendItem(classLabel(i), text.communesCount(counts[i]!))}
          </li>
        ))}
        {unknown > 0 && (
          <li>
            <span className="swatch" style={{ background: UNKNOWN_COLOR }} aria-hidden="true" />
            {text.legendItem(text.legendUnknown, text.communesCount(unknown))}
          </li>
        )}
      </ul>
      <p className="demand-map-note">{text.mapNote}</p>
      <details>
        <summary>{text.mapTable}</summary>
        <table className="admin-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{text.commune}</th>
              <th scope="col">{text.missingCount}</th>
              <th scope="col">{text.missingWhich}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.insee}>
                <th scope="row">{r.name}</th>
                <td>{r.missing ? r.missing.length : text.unknownCell}</td>
                <td>{r.missing?.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
