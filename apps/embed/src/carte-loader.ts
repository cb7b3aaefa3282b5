// /embed/carte.js: turns <div data-reemploi-carte="action=DONATE&objects=meuble"></div> (or the script
// tag's own query string) into an iframe of the full Réemploi map, sized by the page inside it.
// Height protocol (documented in docs/api.md): the framed page posts
//   { type: 'reemploi:height', height: <CSS pixels> }
// to its parent; only messages from the iframe's own window and the API origin are obeyed.

const loader = document.currentScript as HTMLScriptElement | null;
const ORIGIN = loader?.src ? new URL(loader.src).origin : location.origin;
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;

/** Creates the map iframe for a query string (same keys as the /recherche page) inside `host`. */
export function mountCarte(host: HTMLElement, query: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `${ORIGIN}/embed/carte${query ? `?${query.replace(/^\?/, '')}` : ''}`;
  frame.title = host.getAttribute('data-title') || 'Carte des lieux du réemploi (Réemploi Cotentin)';
  frame.setAttribute('allow', 'geolocation');
  frame.setAttribute('loading', 'lazy');
  frame.style.cssText = `display:block;width:100%;border:0;height:${host.getAttribute('data-height') || '480'}px`;
  host.replaceChildren(frame);
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (event.source !== frame.contentWindow || event.origin !== ORIGIN || data?.type !== 'reemploi:height') return;
    const height = Number(data.height);
    if (Number.isFinite(height))
      frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
  });
  return frame;
}

function mountAll(): void {
  const hosts = document.querySelectorAll<HTMLElement>('[data-reemploi-carte]:not([data-reemploi-mounted])');
  hosts.forEach((host) => {
    host.setAttribute('data-reemploi-mounted', '');
    mountCarte(host, host.getAttribute('data-reemploi-carte') || (loader?.src ? new URL(loader.src).search : ''));
  });
  // No container: the iframe goes right where the script tag is, with the script's query string.
  if (hosts.length === 0 && loader?.parentElement && !loader.hasAttribute('data-reemploi-mounted')) {
    loader.setAttribute('data-reemploi-mounted', '');
    const host = document.createElement('div');
    loader.after(host);
    mountCarte(host, new URL(loader.src).search);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
