/*
 * The partner configurator's model: what a partner picks → the <reemploi-places> attributes
 * (apps/embed/src/options.ts) or the /embed/carte.js query (same keys as /recherche), and the HTML
 * to paste. Pure functions, no React.
 */
import { emptySearch, serializeSearch, type Action, type PlaceKind } from '../search/search-state';

export type PlaceMode = 'anywhere' | 'commune' | 'point';
export type WidgetFormat = 'widget' | 'carte';

export interface WidgetConfig {
  format: WidgetFormat;
  actions: Action[];
  /** LVAO sub-category ids. */
  objects: string[];
  placeMode: PlaceMode;
  /** Commune name as places' addresses spell it (placeMode 'commune'). */
  commune: string;
  /** Search point (placeMode 'point'), as typed. */
  lat: string;
  lng: string;
  radiusKm: number;
  kinds: PlaceKind[];
  labels: string[];
  limit: number;
  openNow: boolean;
  layout: 'list' | 'compact';
  theme: 'light' | 'dark' | 'auto';
  /** Custom colours (CSS custom properties of the widget); null keeps the default. */
  accent: string | null;
  text: string | null;
  background: string | null;
  lang: 'fr' | 'en';
  heading: string;
  apiKey: string;
}

export const defaultWidgetConfig: WidgetConfig = {
  format: 'widget',
  actions: [],
  objects: [],
  placeMode: 'anywhere',
  commune: '',
  lat: '',
  lng: '',
  radiusKm: 10,
  kinds: [],
  labels: [],
  limit: 5,
  openNow: false,
  layout: 'list',
  theme: 'light',
  accent: null,
  text: null,
  background: null,
  lang: 'fr',
  heading: '',
  apiKey: '',
};

/** The point as numbers, or null when incomplete or out of range. */
export function configPoint(config: WidgetConfig): { lat: number; lng: number } | null {
  if (config.placeMode !== 'point' || config.lat.trim() === '' || config.lng.trim() === '') return null;
  const lat = Number(config.lat.replace(',', '.'));
  const lng = Number(config.lng.replace(',', '.'));
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

/** Custom properties documented in apps/embed/src/styles.ts, in the order a partner reads them. */
export function widgetStyle(config: WidgetConfig): string {
  const parts: string[] = [];
  if (config.accent) parts.push(`--reemploi-accent: ${config.accent}`);
  if (config.text) parts.push(`--reemploi-text: ${config.text}`);
  if (config.background) parts.push(`--reemploi-background: ${config.background}`);
  return parts.join('; ');
}

/** `<reemploi-places>` attributes for the config, defaults left out. */
export function widgetAttributes(config: WidgetConfig): [string, string][] {
  const attributes: [string, string][] = [];
  const point = configPoint(config);
  if (config.actions.length) attributes.push(['action', config.actions.join(',')]);
  if (config.objects.length) attributes.push(['objects', config.objects.join(',')]);
  if (config.placeMode === 'commune' && config.commune.trim()) attributes.push(['commune', config.commune.trim()]);
  if (point) {
    attributes.push(['near', `${round(point.lat)},${round(point.lng)}`]);
    attributes.push(['radius-km', String(config.radiusKm)]);
  }
  if (config.kinds.length) attributes.push(['kinds', config.kinds.join(',')]);
  if (config.labels.length) attributes.push(['labels', config.labels.join(',')]);
  if (config.limit !== 5) attributes.push(['limit', String(config.limit)]);
  if (config.openNow) attributes.push(['open-now', '']);
  if (config.layout !== 'list') attributes.push(['layout', config.layout]);
  if (config.theme !== 'light') attributes.push(['theme', config.theme]);
  attributes.push(['lang', config.lang]);
  if (config.heading.trim()) attributes.push(['heading', config.heading.trim()]);
  if (config.apiKey.trim()) attributes.push(['api-key', config.apiKey.trim()]);
  const style = widgetStyle(config);
  if (style) attributes.push(['style', style]);
  return attributes;
}

/** The framed map's query string (the /recherche keys), without `?`. */
export function carteQuery(config: WidgetConfig): string {
  const point = configPoint(config);
  const query = serializeSearch({
    ...emptySearch,
    actions: config.actions,
    subcategories: config.objects,
    where: config.placeMode === 'commune' ? config.commune.trim() : '',
    point,
    radiusKm: config.placeMode === 'anywhere' ? emptySearch.radiusKm : config.radiusKm,
    kinds: config.kinds,
    labels: config.labels,
    openNow: config.openNow,
  }).replace(/^\?/, '');
  const lang = config.lang === 'en' ? 'lang=en' : '';
  return [query, lang].filter(Boolean).join('&');
}

const round = (n: number) => String(Number(n.toFixed(5)));

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a partner pastes into their page. */
export function widgetSnippet(origin: string, config: WidgetConfig): string {
  if (config.format === 'carte') {
    const query = carteQuery(config);
    const src = `${origin}/embed/carte.js${query ? `?${query}` : ''}`;
    return `<script src="${escapeAttribute(src)}" async></script>`;
  }
  const attributes = widgetAttributes(config)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join('\n  ');
  return `<script src="${origin}/embed.js" async></script>\n<reemploi-places\n  ${attributes}\n></reemploi-places>`;
}

/** WCAG relative-luminance contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
