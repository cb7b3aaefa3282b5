import { useEffect, useRef } from 'react';
import { forgetOpenedPlace, openedPlaceFor, rememberOpenedPlace } from '../app/last-results';

const here = () => window.location.pathname + window.location.search;

/**
 * Back on the results from a place page (browser back or "back to results"): focus returns to the link
 * of the place the resident opened, once the list is there, instead of the page title.
 */
export function useFocusReturn(listShown: boolean) {
  // No window when prerendered on the server (src/ssr): nothing was opened there.
  const href = useRef(typeof window === 'undefined' ? null : openedPlaceFor(here()));
  useEffect(() => {
    if (!listShown || href.current === null) return;
    const wanted = href.current;
    href.current = null;
    forgetOpenedPlace();
    const link = [...document.querySelectorAll<HTMLElement>('.result-list .result-name a')].find(
      (a) => a.getAttribute('href') === wanted && a.offsetParent !== null,
    );
    if (link) {
      link.focus({ preventScroll: true });
      link.scrollIntoView({ block: 'center' });
    } else {
      document.getElementById('page-title')?.focus();
    }
  }, [listShown]);
}

/** Remembers which place link (if any) a click inside the results follows: call it before the link navigates. */
export function rememberPlaceLink(target: EventTarget) {
  const link = target instanceof Element ? target.closest('a[href^="/lieu/"]') : null;
  const href = link?.getAttribute('href');
  if (href) rememberOpenedPlace(here(), href);
}
