import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useI18n } from '../../i18n/I18nContext';
import { CATEGORIES_QUERY } from '../admin-operations';
import { ORGANIZATIONS_QUERY } from '../accounts/accounts-operations';
import { DemandChart } from './DemandChart';
import { DateRange, lastDays } from './DateRange';
import { STRUCTURE_INSIGHTS_QUERY, type StructureFigures } from './insights-admin-operations';
import { useInsightsAdminText } from './insights-admin-text';

/**
 * `/admin/structure`: a structure's own figures (STRUCTURE, EDITOR: their organisation); an ADMIN chooses
 * the structure (MODERATOR may ask the API, `structureInsights(organizationId)`, but cannot list organisations).
 */
export function StructurePage({ staff, ownOrganization }: { staff: boolean; ownOrganization: boolean }) {
  const text = useInsightsAdminText();
  usePageTitle(staff ? text.structureStaffTitle : text.structureTitle);
  const [range, setRange] = useState(lastDays);
  const [organizationId, setOrganizationId] = useState('');
  const pickId = useId();
  const organizations = useQuery(ORGANIZATIONS_QUERY, { skip: !staff }).data?.organizations ?? [];
  return (
    <div className="admin-demand">
      <h1 id="page-title" tabIndex={-1}>
        {staff ? text.structureStaffTitle : text.structureTitle}
      </h1>
      <p>{text.structureIntro}</p>
      {staff && (
        <p>
          <label htmlFor={pickId}>{text.organization}</label>{' '}
          <select id={pickId} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
            <option value="">{text.chooseOrganization}</option>
            {organizations
              .filter((o) => o.kind !== 'COLLECTIVITY')
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </p>
      )}
      <DateRange range={range} onChange={setRange} />
      {!staff && !ownOrganization ? (
        <p>{text.noOrganization}</p>
      ) : (
        (!staff || organizationId) && <Figures {...range} organizationId={staff ? organizationId : null} />
      )}
    </div>
  );
}

function Figures({ from, to, organizationId }: { from: string; to: string; organizationId: string | null }) {
  const text = useInsightsAdminText();
  const { apiLang } = useI18n();
  const { data, loading, error } = useQuery(STRUCTURE_INSIGHTS_QUERY, {
    variables: { from, to, organizationId },
    fetchPolicy: 'network-only',
  });
  const categories = useQuery(CATEGORIES_QUERY, { variables: { lang: apiLang } }).data?.categories;
  const charts = useMemo(() => {
    const figures = data?.structureInsights;
    if (!figures) return null;
    const labelOf = new Map(categories?.flatMap((c) => c.subcategories.map((s) => [s.id, s.label] as const)));
    return {
      months: monthsChart(figures, text),
      places: {
        labels: figures.places.map((p) => p.name ?? p.placeId),
        series: outcomeSeries(figures.places, text),
      },
      offered: soughtChart(figures, true, labelOf, text),
      notOffered: soughtChart(figures, false, labelOf, text),
    };
  }, [data, categories, text]);
  if (error) return <p role="alert">{error.message}</p>;
  if (!charts) return <p role="status">{loading ? text.loading : ''}</p>;
  return (
    <>
      <DemandChart title={text.byMonth} type="bar" {...charts.months} csvName="mes-lieux-par-mois.csv" />
      <DemandChart title={text.places} type="bar" horizontal {...charts.places} csvName="mes-lieux.csv" />
      <DemandChart
        title={text.soughtNotOffered}
        type="bar"
        horizontal
        {...charts.notOffered}
        csvName="cherche-pres-non-pris.csv"
      />
      <DemandChart
        title={text.soughtOffered}
        type="bar"
        horizontal
        {...charts.offered}
        csvName="cherche-pres-pris.csv"
      />
    </>
  );
}

type Text = ReturnType<typeof useInsightsAdminText>;
type Outcomes = Pick<StructureFigures['months'][number], 'shown' | 'opened' | 'called' | 'website' | 'directions'>;

const outcomeSeries = (rows: readonly Outcomes[], text: Text) => [
  { label: text.shown, values: rows.map((r) => r.shown) },
  { label: text.opened, values: rows.map((r) => r.opened) },
  { label: text.called, values: rows.map((r) => r.called) },
  { label: text.website, values: rows.map((r) => r.website) },
  { label: text.directions, values: rows.map((r) => r.directions) },
];

const monthsChart = (figures: StructureFigures, text: Text) => ({
  labels: figures.months.map((m) => m.month),
  series: outcomeSeries(figures.months, text),
});

function soughtChart(figures: StructureFigures, offered: boolean, labelOf: Map<string, string>, text: Text) {
  const rows = figures.soughtNearby.filter((s) => s.offered === offered).slice(0, 20);
  return {
    labels: rows.map((s) => labelOf.get(s.subcategoryId) ?? s.subcategoryId),
    series: [
      { label: text.searches, values: rows.map((s) => s.searches) },
      { label: text.nothingWithin15, values: rows.map((s) => s.nothingWithin15Km) },
    ],
  };
}
