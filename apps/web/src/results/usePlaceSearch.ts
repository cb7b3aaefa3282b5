import { useMemo } from 'react';
import { useQuery } from '../graphql/hooks';
import { RESOLVE_OBJECT_QUERY, SEARCH_PLACES_QUERY, type SubcategoryMatch } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { findTown } from '../search/locations';
import { toPlaceFilter, type LatLng, type SearchState } from '../search/search-state';

export const PAGE_SIZE = 20;

/** The search point: coordinates from the URL, else the named town of the offline list. */
export function searchPoint(state: SearchState): LatLng | null {
  return state.point ?? (state.where ? (findTown(state.where)?.point ?? null) : null);
}

/** Places for the state, resolving free text to sub-categories first when none were picked. */
export function usePlaceSearch(state: SearchState) {
  const { apiLang } = useI18n();
  const needsResolve = state.text.length >= 2 && state.subcategories.length === 0;
  const resolved = useQuery(RESOLVE_OBJECT_QUERY, {
    variables: { text: state.text, lang: apiLang, first: 3 },
    skip: !needsResolve,
  });
  // An approximate (LOW) match is only a guess: the text is then searched across all objects. MEDIUM is the
  // API's "fairly sure" (« fridge not working » scores under HIGH for its extra words).
  const bestMatch: SubcategoryMatch | undefined = needsResolve
    ? resolved.data?.resolveObject.find((m) => m.confidence !== 'LOW')
    : undefined;
  const resolving = needsResolve && resolved.loading;
  const point = searchPoint(state);
  const filter = useMemo(() => toPlaceFilter(state, bestMatch ? [bestMatch.subcategory.id] : []), [state, bestMatch]);
  const variables = {
    filter,
    near: point,
    radiusKm: point && !state.bbox ? state.radiusKm : null,
    bbox: state.bbox,
    first: PAGE_SIZE,
    lang: apiLang,
  };
  const places = useQuery(SEARCH_PLACES_QUERY, { variables, skip: resolving, notifyOnNetworkStatusChange: true });
  return { places, filter, point, bestMatch, resolving, resolveError: resolved.error };
}
