/** The last results URL of this visit, for the place page's "back to results" link. */
let lastResultsUrl: string | null = null;

export function rememberResultsUrl(url: string) {
  lastResultsUrl = url;
}

export function getLastResultsUrl(): string | null {
  return lastResultsUrl;
}
