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
    navigate(searchUrl({ ...parseSearch(window.location.search), ...patch }), options);
  }, []);
  return [state, update];
}
