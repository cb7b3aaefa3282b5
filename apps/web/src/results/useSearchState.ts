import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from '../app/router';
import { parseSearch, searchUrl, type SearchState } from '../search/search-state';

/** The results view's state, read from and written to the URL. */
export function useSearchState(): [
  SearchState,
  (patch: Partial<SearchState>, options?: { replace?: boolean }) => void,
] {
  const { search } = useLocation();
  const state = useMemo(() => parseSearch(search), [search]);
  const update = useCallback((patch: Partial<SearchState>, options: { replace?: boolean } = {}) => {
    const { pathname, search } = window.location;
    // The same state drives /recherche and the framed /embed/carte: stay on the current page.
    navigate(searchUrl({ ...parseSearch(search), ...patch }, pathname), options);
  }, []);
  return [state, update];
}
