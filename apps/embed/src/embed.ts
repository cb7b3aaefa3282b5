// <reemploi-places>: the Réemploi embeddable widget. One script tag, one custom element, Shadow DOM,
// no framework, no iframe; it talks only to the API that served this script.
import { ApiError, fetchPlaces } from './api';
import { TEXT } from './i18n';
import { parseOptions, toVariables } from './options';
import { frame, h, results, type View } from './render';
import { CSS } from './styles';

// The API is the origin this script was loaded from (document.currentScript is only set now).
const script = document.currentScript as HTMLScriptElement | null;
const API_ORIGIN = script?.src ? new URL(script.src).origin : location.origin;
const OBSERVED = [
  'action',
  'actions',
  'objects',
  'categories',
  'kinds',
  'labels',
  'commune',
  'communes',
  'near',
  'radius-km',
  'limit',
  'open-now',
  'lang',
  'layout',
  'theme',
  'heading',
  'heading-level',
  'map-link',
  'api-key',
  'events',
];
let counter = 0;

class ReemploiPlaces extends HTMLElement {
  static observedAttributes = OBSERVED;
  private readonly root: ShadowRoot;
  private readonly headingId = `reemploi-h${(counter += 1)}`;
  private scheduled = false;
  private request = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.root.append(style, document.createElement('div'));
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.schedule();
  }

  /** Coalesces attribute changes made in the same task into one request. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.load();
    });
  }

  private show(content: HTMLElement, busy: boolean): void {
    this.setAttribute('aria-busy', String(busy));
    this.root.lastChild!.replaceWith(content);
  }

  private async load(): Promise<void> {
    const { options, problems } = parseOptions((name) => this.getAttribute(name));
    const text = TEXT[options.lang];
    const view: View = { options, text, origin: API_ORIGIN, headingId: this.headingId };
    if (problems.length > 0) console.warn(`<reemploi-places>: ${problems.join('; ')}`);
    const id = (this.request += 1);
    this.show(frame(view, text.loading), true);
    try {
      const data = await fetchPlaces(API_ORIGIN, toVariables(options), options.apiKey);
      if (id === this.request) this.show(results(view, data), false);
    } catch (error) {
      if (id !== this.request) return;
      // The API's message helps the partner's developer (wrong key or origin); residents get a plain one.
      const detail =
        error instanceof ApiError && error.code !== 'RATE_LIMITED' && error.code !== 'UNAVAILABLE'
          ? error.message
          : null;
      if (detail) console.error(`<reemploi-places>: ${detail}`);
      const retry = h('button', { type: 'button' }, text.retry);
      retry.addEventListener('click', () => this.schedule());
      this.show(frame(view, text.error, h('p', { 'data-error': detail ?? 'unavailable' }, retry)), false);
    }
  }
}

if (!customElements.get('reemploi-places')) customElements.define('reemploi-places', ReemploiPlaces);
