import type { Taxonomy } from '../app/useTaxonomy';
import type { PlaceSummary } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import type { Action } from '../search/search-state';
import { ResultCard } from './ResultCard';

interface ResultListProps {
  places: PlaceSummary[];
  actions: Action[];
  searchedSubcategories: string[];
  taxonomy: Taxonomy;
  highlightedId: string | null;
  onHighlight(id: string | null): void;
}

export function ResultList(props: ResultListProps) {
  return (
    <ol className="result-list">
      {props.places.map((place) => (
        <li key={place.id}>
          <ResultCard
            place={place}
            actions={props.actions}
            searchedSubcategories={props.searchedSubcategories}
            taxonomy={props.taxonomy}
            highlighted={props.highlightedId === place.id}
            onHighlight={props.onHighlight}
          />
        </li>
      ))}
    </ol>
  );
}

/** Grey placeholders while a slow network answers; announced once as "Chargement…". */
export function ResultSkeleton() {
  const { t } = useI18n();
  return (
    <div className="result-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t.loading}
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton-card" aria-hidden="true">
          <div className="skeleton-line skeleton-title" />
          <div className="skeleton-line" />
          <div className="skeleton-line skeleton-short" />
        </div>
      ))}
    </div>
  );
}

export function ErrorState({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t.errorTitle}</h2>
      <p>{t.errorText}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
