import { createContext, useContext, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A tiny router over the History API: the app's pages are matched by their path (app/App.tsx, and
 * admin/AdminApp.tsx under /admin), which needs no library.
 */
export interface Location {
  pathname: string;
  search: string;
}

const listeners = new Set<() => void>();
// On the server (prerendering, src/ssr) there is no window: the location comes from ServerLocation.
let snapshot: Location = typeof window === 'undefined' ? { pathname: '/', search: '' } : read();

function read(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

/** The requested location when the app is rendered on the server (src/ssr/prerender.tsx). */
export const ServerLocation = createContext<Location | null>(null);

function emit() {
  const next = read();
  if (next.pathname === snapshot.pathname && next.search === snapshot.search) return;
  snapshot = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', emit);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', emit);
  };
}

export function useLocation(): Location {
  const server = useContext(ServerLocation);
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => server ?? snapshot,
  );
}

export interface NavigateOptions {
  /** Replace the history entry (map moves, filter tweaks) instead of adding one. */
  replace?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}) {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  emit();
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || rest.target) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}

/** Matches `/lieu/<slug>` style paths; returns the decoded parameters or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const p = patternParts[i]!;
    const value = pathParts[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(value);
    else if (p !== value) return null;
  }
  return params;
}
