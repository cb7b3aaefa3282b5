import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { rememberResultsUrl } from '../app/last-results';
import { useMediaQuery, WIDE_SCREEN } from '../app/useMediaQuery';
import { usePageTitle } from '../app/usePageTitle';
import { useTaxonomy } from '../app/useTaxonomy';
import { useConfig } from '../config/ConfigContext';
import { useApolloLoaded } from '../graphql/hooks';
import { useI18n } from '../i18n/I18nContext';
import { HazardNotice } from '../search/HazardNotice';
import { effectiveActions, type BBox, type LatLng } from '../search/search-state';
import { Filters } from './Filters';
import { RefineSearch } from './RefineSearch';
import { EmptyState } from './EmptyState';
import { ErrorState, ResultList, ResultSkeleton } from './ResultList';
import { ResultCard } from './ResultCard';
import { usePlaceSearch } from './usePlaceSearch';
import { useSearchState } from './useSearchState';
import { rememberPlaceLink, useFocusReturn } from './useFocusReturn';
import { FoundIt } from '../insights/FoundIt';
import { NextEventsStrip } from '../agenda/NextEventsStrip';

// The map and MapLibre (~200 KB gzipped) load on demand, after the list.
const PlacesMap = lazy(() => import('../map/PlacesMap').then((m) => ({ default: m.PlacesMap })));

/** `/recherche`; with `embedded`, the framed `/embed/carte` variant: compact, filters folded, no camera in the URL. */
export function ResultsPage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useI18n();
  const config = useConfig();
  const taxonomy = useTaxonomy();
  const [state, update] = useSearchState();
  const wide = useMediaQuery(WIDE_SCREEN);
  const [filtersOpen, setFiltersOpen] = useState(wide && !embedded);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { places, filter, point, bestMatch, resolving } = usePlaceSearch(state);

  useEffect(() => {
    if (!embedded) rememberResultsUrl(window.location.pathname + window.location.search);
  });

  const subject = state.text || bestMatch?.subcategory.label;
  const title = subject ? t.resultsFor(subject) : t.resultsEverything;
  usePageTitle(title);

  const connection = places.data?.places;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const loading = resolving || (places.loading && !connection);
  const actions = effectiveActions(state);
  const searchedSubcategories = filter.subcategories ?? [];
  // A typed place never picked from the suggestions has no point: the list is not sorted around it.
  const where = state.aroundMe ? t.nearYou : state.where && point ? t.near(state.where) : '';
  const scope = state.bbox ? t.inThisArea : point ? t.within(state.radiusKm) : '';
  const summary = [connection ? t.resultCount(connection.totalCount) : '', where, scope].filter(Boolean).join(' · ');
  const showMap = wide || state.view === 'map';
  // The map's own queries use Apollo Client: it is drawn once that has loaded, after the list.
  const apolloLoaded = useApolloLoaded();
  const styleReady = config.mapStyleUrl !== '' && apolloLoaded;

  const onMapSelect = useCallback((id: string) => {
    setSelectedId(id);
    setHighlightedId(id);
    document.getElementById(`place-${id}`)?.scrollIntoView({ block: 'nearest' });
  }, []);
  const onCameraChange = useCallback(
    (zoom: number, center: LatLng) => update({ zoom, center }, { replace: true }),
    [update],
  );
  const onSearchArea = useCallback((bbox: BBox) => update({ bbox }), [update]);

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void places.fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.places || !fetchMoreResult) return previous as typeof fetchMoreResult;
        return {
          places: {
            ...fetchMoreResult.places,
            edges: [
              ...(previous.places.edges ?? []),
              ...fetchMoreResult.places.edges,
            ] as typeof fetchMoreResult.places.edges,
          },
        };
      },
    });
  }

  const selectedPlace = !wide && selectedId ? nodes.find((n) => n.id === selectedId) : undefined;
  useFocusReturn(Boolean(connection) || Boolean(places.error));

  return (
    <div
      className={embedded ? 'results results-embedded' : 'results'}
      data-view={state.view}
      onClickCapture={(event) => rememberPlaceLink(event.target)}
    >
      <header className="results-header">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="results-summary" role="status">
          {summary}
        </p>
        {bestMatch && state.text && (
          <p className="results-note">{t.interpretedAs(state.text, bestMatch.subcategory.label)}</p>
        )}
        {/* A typed word searched without picking a suggestion (Enter) still says where a hazardous object goes. */}
        {bestMatch?.subcategory.hazard && <HazardNotice hazard={bestMatch.subcategory.hazard} />}
        {!point && !state.bbox && (
          <p className="notice notice-info">
            {state.where && !state.aroundMe ? t.whereNotLocated(state.where) : t.pickLocation}
          </p>
        )}
        <details className="refine" open={!point && !state.bbox}>
          <summary>{t.modifySearch}</summary>
          <RefineSearch
            key={`${state.text}|${state.where}|${state.aroundMe}`}
            state={state}
            onSubmit={(patch) => update(patch)}
          />
        </details>
        <div className="results-toolbar">
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {filtersOpen ? t.hideFilters : t.showFilters}
          </button>
          {!wide && (
            <div className="view-toggle" role="group" aria-label={t.viewToggleLabel}>
              <button
                type="button"
                aria-pressed={state.view === 'list'}
                onClick={() => update({ view: 'list' }, { replace: true })}
              >
                {t.viewList}
              </button>
              <button
                type="button"
                aria-pressed={state.view === 'map'}
                onClick={() => update({ view: 'map' }, { replace: true })}
              >
                {t.viewMap}
              </button>
            </div>
          )}
          {state.bbox && point && (
            <button type="button" className="button button-link" onClick={() => update({ bbox: null })}>
              {t.backToRadius(state.radiusKm)}
            </button>
          )}
        </div>
      </header>
      <div className="results-body">
        <div className="results-list-column">
          <section id="filters-panel" className="filters-panel" hidden={!filtersOpen} aria-labelledby="filters-title">
            <h2 id="filters-title" className="visually-hidden">
              {t.filters}
            </h2>
            <Filters
              state={state}
              facets={connection?.facets}
              labels={taxonomy}
              showRadius={Boolean(point) && !state.bbox}
              onChange={(patch) => update(patch)}
            />
          </section>
          <section className="results-list-panel" aria-labelledby="list-title">
            <h2 id="list-title" className="visually-hidden">
              {t.viewList}
            </h2>
            {places.error && !connection ? (
              <ErrorState onRetry={() => void places.refetch()} />
            ) : loading ? (
              <ResultSkeleton />
            ) : connection && connection.totalCount === 0 ? (
              <EmptyState state={state} hasPoint={Boolean(point)} onChange={(patch) => update(patch)} />
            ) : (
              <>
                {point && !state.bbox && <NextEventsStrip near={point} radiusKm={state.radiusKm} />}
                <ResultList
                  places={nodes}
                  actions={actions}
                  searchedSubcategories={searchedSubcategories}
                  taxonomy={taxonomy}
                  highlightedId={highlightedId}
                  onHighlight={setHighlightedId}
                />
                {connection?.pageInfo.hasNextPage && (
                  <button
                    type="button"
                    className="button button-secondary load-more"
                    onClick={loadMore}
                    disabled={places.loading}
                  >
                    {places.loading ? t.loading : t.loadMore}
                  </button>
                )}
              </>
            )}
            {connection && !loading && (
              <FoundIt
                key={`${state.text}|${searchedSubcategories.join(',')}`}
                subcategoryId={searchedSubcategories[0] ?? null}
              />
            )}
          </section>
        </div>
        {showMap && (
          <section className="results-map-panel" aria-label={t.mapLabel}>
            <ErrorBoundary fallback={<p className="notice notice-info">{t.mapError}</p>}>
              <Suspense fallback={<div className="map-placeholder">{t.mapLoading}</div>}>
                {!styleReady ? (
                  <div className="map-placeholder">{t.mapLoading}</div>
                ) : (
                  <PlacesMap
                    styleUrl={config.mapStyleUrl}
                    filter={filter}
                    origin={point}
                    places={nodes}
                    fitToPlaces={!state.bbox}
                    camera={state.zoom !== null && state.center ? { zoom: state.zoom, center: state.center } : null}
                    highlightedId={highlightedId}
                    onHighlight={setHighlightedId}
                    onSelect={onMapSelect}
                    onCameraChange={onCameraChange}
                    onSearchArea={onSearchArea}
                    text={{
                      searchThisArea: t.searchThisArea,
                      yourPosition: t.yourPosition,
                      mapLabel: t.mapLabel,
                      mapError: t.mapError,
                      places: t.resultCount,
                    }}
                  />
                )}
              </Suspense>
            </ErrorBoundary>
            {selectedPlace && (
              <div className="map-selected">
                <ResultCard
                  place={selectedPlace}
                  actions={actions}
                  searchedSubcategories={searchedSubcategories}
                  taxonomy={taxonomy}
                  highlighted
                  idPrefix="selected"
                  onHighlight={() => undefined}
                />
              </div>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
