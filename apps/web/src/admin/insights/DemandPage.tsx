import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { CommuneMap } from './CommuneMap';
import { DateRange, lastDays } from './DateRange';
import { DemandChart, type Series } from './DemandChart';
import { OWN_PLACES_INSIGHTS_QUERY, TERRITORY_INSIGHTS_QUERY, type PlaceFigures } from './insights-admin-operations';
import { useInsightsAdminText } from './insights-admin-text';

const TOP = 15;

/** `/admin/demande`: the syndicate sees the territory's demand; a structure its own places' figures. */
export function DemandPage({ territory }: { territory: boolean }) {
  const text = useInsightsAdminText();
  usePageTitle(text.title);
  const [range, setRange] = useState(lastDays);
  return (
    <div className="admin-demand">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{territory ? text.intro : text.ownIntro}</p>
      <DateRange range={range} onChange={setRange} />
      {territory ? <TerritoryDemand {...range} /> : <OwnPlaces {...range} />}
    </div>
  );
}

function TerritoryDemand({ from, to }: { from: string; to: string }) {
  const text = useInsightsAdminText();
  const { data, loading, error } = useQuery(TERRITORY_INSIGHTS_QUERY, {
    variables: { from, to },
    fetchPolicy: 'network-only',
  });
  const insights = data?.insights;
  const charts = useMemo(() => {
    if (!insights) return null;
    const sought = insights.subcategories.slice(0, TOP);
    const communes = insights.communes.slice(0, TOP);
    return {
      days: {
        labels: insights.searchesByDay.map((d) => d.day),
        series: [{ label: text.searches, values: insights.searchesByDay.map((d) => d.count) }],
      },
      sought: {
        labels: sought.map((s) => `${s.subcategoryId} (${s.action ?? text.anyAction})`),
        series: [{ label: text.searches, values: sought.map((s) => s.count) }],
      },
      communes: {
        labels: communes.map((c) => c.inseeCode),
        series: [
          { label: text.searches, values: communes.map((c) => c.searches) },
          { label: text.nothing5, values: communes.map((c) => c.nothingWithin5Km) },
          { label: text.nothing15, values: communes.map((c) => c.nothingWithin15Km) },
          { label: text.nothing30, values: communes.map((c) => c.nothingWithin30Km) },
        ],
      },
      phrases: {
        labels: insights.unknownPhrases.map((p) => p.phrase),
        series: [{ label: text.count, values: insights.unknownPhrases.map((p) => p.count) }],
      },
      feedback: feedbackChart(insights.feedback, text),
      places: placesChart(insights.places, text),
    };
  }, [insights, text]);
  if (error) return <p role="alert">{error.message}</p>;
  if (!charts) return <p role="status">{loading ? text.loading : ''}</p>;
  return (
    <>
      <DemandChart title={text.searchesByDay} type="line" {...charts.days} csvName="recherches-par-jour.csv" />
      <CommuneMap from={from} to={to} />
      <DemandChart title={text.unmet} type="bar" horizontal {...charts.communes} csvName="communes-demande.csv" />
      <DemandChart title={text.sought} type="bar" horizontal {...charts.sought} csvName="objets-cherches.csv" />
      <DemandChart title={text.phrases} type="bar" horizontal {...charts.phrases} csvName="mots-inconnus.csv" />
      <DemandChart title={text.feedback} type="bar" {...charts.feedback} csvName="avez-vous-trouve.csv" />
      <DemandChart title={text.places} type="bar" horizontal {...charts.places} csvName="lieux.csv" />
    </>
  );
}

function OwnPlaces({ from, to }: { from: string; to: string }) {
  const text = useInsightsAdminText();
  const { data, loading, error } = useQuery(OWN_PLACES_INSIGHTS_QUERY, {
    variables: { from, to },
    fetchPolicy: 'network-only',
  });
  const insights = data?.insights;
  const charts = useMemo(
    () => insights && { places: placesChart(insights.places, text), feedback: feedbackChart(insights.feedback, text) },
    [insights, text],
  );
  if (error) return <p role="alert">{error.message}</p>;
  if (!charts) return <p role="status">{loading ? text.loading : ''}</p>;
  return (
    <>
      <DemandChart title={text.places} type="bar" horizontal {...charts.places} csvName="mes-lieux.csv" />
      <DemandChart title={text.feedback} type="bar" {...charts.feedback} csvName="avez-vous-trouve.csv" />
    </>
  );
}

type Text = ReturnType<typeof useInsightsAdminText>;

function feedbackChart(feedback: readonly { answer: string; count: number }[], text: Text) {
  return {
    labels: feedback.map((f) => text.answers[f.answer] ?? f.answer),
    series: [{ label: text.count, values: feedback.map((f) => f.count) }],
  };
}

function placesChart(places: readonly PlaceFigures[], text: Text): { labels: string[]; series: Series[] } {
  const top = places.slice(0, TOP);
  const of = (pick: (p: PlaceFigures) => number) => top.map(pick);
  return {
    labels: top.map((p) => p.name ?? p.placeId),
    series: [
      { label: text.shown, values: of((p) => p.shown) },
      { label: text.opened, values: of((p) => p.opened) },
      { label: text.called, values: of((p) => p.called) },
      { label: text.website, values: of((p) => p.website) },
      { label: text.directions, values: of((p) => p.directions) },
    ],
  };
}
