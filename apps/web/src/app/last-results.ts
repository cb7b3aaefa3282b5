/** The last results URL of this visit, for the place page's "back to results" link. */
let lastResultsUrl: string | null = null;

export function rememberResultsUrl(url: string) {
  lastResultsUrl = url;
}

export function getLastResultsUrl(): string | null {
  return lastResultsUrl;
}

/** The place link a resident followed from a results URL, so that coming back puts focus on it again. */
let openedPlace: { resultsUrl: string; href: string } | null = null;

export function rememberOpenedPlace(resultsUrl: string, href: string) {
  openedPlace = { resultsUrl, href };
}

/** The place link to focus when `resultsUrl` is shown again, or null (the page title gets focus then). */
export function openedPlaceFor(resultsUrl: string): string | null {
  return openedPlace?.resultsUrl === resultsUrl ? openedPlace.href : null;
}

export function forgetOpenedPlace() {
  openedPlace = null;
}
