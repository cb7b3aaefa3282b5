import { useQuery } from '@apollo/client/react';
import './insights.css';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { ChoroplethMap, areasBounds, stepColors } from '../../map/ChoroplethMap';
import { CATEGORIES_QUERY } from '../admin-operations';
import { chartCsv, downloadCsv } from './chart-csv';
import {
  type Band,
  CLASS_COLORS,
  CLASS_FROM,
  COMMUNE_AREAS,
  HIDDEN_COLOR,
  coloredAreas,
  communeRows,
} from './commune-areas';
import { COMMUNE_DEMAND_QUERY } from './insights-admin-operations';
import { useInsightsAdminText } from './insights-admin-text';

const BANDS: [Band, number][] = [
  ['nothingWithin5Km', 5],
  ['nothingWithin15Km', 15],
  ['nothingWithin30Km', 30],
];

/** The territory's box, from the drawn areas. */
const BOUNDS = areasBounds(COMMUNE_AREAS.features);
// Hidden communes carry -1: below the first stop (0), so grey.
const COLOR = stepColors(CLASS_FROM, CLASS_COLORS, HIDDEN_COLOR);

/**
 * The choropleth of `/admin/demande`: communes (administrative outlines) coloured by the searches of one object
 * family that found nothing within 5, 15 or 30 km; a legend, the note on the outlines, the same figures as a
 * table for screen readers and as CSV. Communes under 5 searches are greyed, never coloured.
 */
export function CommuneMap({ from, to }: { from: string; to: string }) {
  const text = useInsightsAdminText();
  const { apiLang } = useI18n();
  const [family, setFamily] = useState('');
  const [band, setBand] = useState<Band>('nothingWithin15Km');
  const categories = useQuery(CATEGORIES_QUERY, { variables: { lang: apiLang } }).data?.categories ?? [];
  const chosen = categories.find((c) => c.id === family) ?? null;
  const subcategoryIds = chosen ? chosen.subcategories.map((s) => s.id) : null;
  const { data, error } = useQuery(COMMUNE_DEMAND_QUERY, {
    variables: { from, to, subcategoryIds },
    fetchPolicy: 'network-only',
  });
  const rows = useMemo(() => communeRows(data?.insights.communes ?? [], band), [data, band]);
  const km = BANDS.find(([b]) => b === band)![1];
  const areas = useMemo(() => coloredAreas(rows, band), [rows, band]);
  const ids = { family: useId(), band: useId() };

  const header = [text.commune, text.insee, text.searches, text.nothingNear(text.km(km))];
  const csvRows = rows.filter((r) => r.figures).map((r) => [r.name, r.insee, r.figures!.searches, r.figures![band]]);
  const label = text.mapLabel(text.familyPhrase(chosen?.label ?? null), text.km(km));
  return (
    <figure className="demand-chart demand-map">
      <figcaption>
        <h2>{text.map}</h2>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadCsv(`communes-sans-lieu-${km}km${family ? `-${family}` : ''}.csv`, chartCsv(header, csvRows))
          }
        >
          {text.downloadCsv}
        </button>
      </figcaption>
      <div className="demand-map-controls">
        <label htmlFor={ids.family}>{text.family}</label>{' '}
        <select id={ids.family} value={family} onChange={(e) => setFamily(e.target.value)}>
          <option value="">{text.allFamilies}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={ids.band}>{text.distance}</label>{' '}
        <select id={ids.band} value={band} onChange={(e) => setBand(e.target.value as Band)}>
          {BANDS.map(([b, n]) => (
            <option key={b} value={b}>
              {text.km(n)}
            </option>
          ))}
        </select>
      </div>
      {error && <p role="alert">{error.message}</p>}
      <ChoroplethMap areas={areas} color={COLOR} bounds={BOUNDS} label={label} />
      <p className="demand-map-note">{text.mapNote}</p>
      <ul className="demand-map-legend" aria-label={text.legend}>
        {CLASS_FROM.map((from, i) => (
          <li key={from}>
            <span className="swatch" style={{ background: CLASS_COLORS[i] }} aria-hidden="true" />
            {text.legendClass(from, i + 1 < CLASS_FROM.length ? CLASS_FROM[i + 1]! - 1 : null)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: HIDDEN_COLOR }} aria-hidden="true" />
          {text.hidden}
        </li>
      </ul>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.insee}>
              <th scope="row">{r.name}</th>
              <td>{r.insee}</td>
              <td>{r.figures ? r.figures.searches : text.hidden}</td>
              <td>{r.figures ? r.figures[band] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
