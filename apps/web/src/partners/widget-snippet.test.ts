import { parseSearch } from '../search/search-state';
import {
  carteQuery,
  contrastRatio,
  defaultWidgetConfig,
  widgetAttributes,
  widgetSnippet,
  type WidgetConfig,
} from './widget-snippet';

const ORIGIN = 'https://reemploi.example';

describe('partner snippet generation', () => {
  it('writes the script tag and a minimal element for the defaults', () => {
    expect(widgetSnippet(ORIGIN, defaultWidgetConfig)).toBe(
      '<script src="https://reemploi.example/embed.js" async></script>\n<reemploi-places\n  lang="fr"\n></reemploi-places>',
    );
  });

  it('writes every chosen option as the widget attribute it reads', () => {
    const config: WidgetConfig = {
      ...defaultWidgetConfig,
      actions: ['DONATE', 'REPAIR'],
      objects: ['meuble', 'jouet'],
      placeMode: 'point',
      lat: '49,6486',
      lng: '-1.6561',
      radiusKm: 15,
      kinds: ['RESSOURCERIE'],
      labels: ['ess'],
      limit: 8,
      openNow: true,
      layout: 'compact',
      theme: 'dark',
      accent: '#00558c',
      lang: 'en',
      heading: 'Give "again"',
      apiKey: 'rk_live_x',
    };
    expect(widgetAttributes(config)).toEqual([
      ['action', 'DONATE,REPAIR'],
      ['objects', 'meuble,jouet'],
      ['near', '49.6486,-1.6561'],
      ['radius-km', '15'],
      ['kinds', 'RESSOURCERIE'],
      ['labels', 'ess'],
      ['limit', '8'],
      ['open-now', ''],
      ['layout', 'compact'],
      ['theme', 'dark'],
      ['lang', 'en'],
      ['heading', 'Give "again"'],
      ['api-key', 'rk_live_x'],
      ['style', '--reemploi-accent: #00558c'],
    ]);
    const snippet = widgetSnippet(ORIGIN, config);
    expect(snippet).toContain('  open-now\n');
    expect(snippet).toContain('heading="Give &quot;again&quot;"');
  });

  it('filters on a commune, and leaves out an incomplete point', () => {
    const commune = { ...defaultWidgetConfig, placeMode: 'commune' as const, commune: ' Valognes ' };
    expect(widgetAttributes(commune)).toContainEqual(['commune', 'Valognes']);
    const incomplete = { ...defaultWidgetConfig, placeMode: 'point' as const, lat: '49.5', lng: '' };
    expect(widgetAttributes(incomplete).map(([name]) => name)).not.toContain('near');
  });

  it('gives the framed map the results page keys, which /embed/carte reads back', () => {
    const config: WidgetConfig = {
      ...defaultWidgetConfig,
      format: 'carte',
      actions: ['DROP_OFF'],
      objects: ['meuble'],
      placeMode: 'point',
      lat: '49.5089',
      lng: '-1.4703',
      radiusKm: 25,
      lang: 'en',
    };
    expect(carteQuery(config)).toBe('action=drop_off&sub=meuble&lat=49.5089&lng=-1.4703&r=25&lang=en');
    expect(widgetSnippet(ORIGIN, config)).toBe(
      '<script src="https://reemploi.example/embed/carte.js?action=drop_off&amp;sub=meuble&amp;lat=49.5089&amp;lng=-1.4703&amp;r=25&amp;lang=en" async></script>',
    );
    expect(parseSearch(carteQuery(config))).toMatchObject({
      actions: ['DROP_OFF'],
      subcategories: ['meuble'],
      point: { lat: 49.5089, lng: -1.4703 },
      radiusKm: 25,
    });
  });

  it('measures colour contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d6b3a', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffff00', '#ffffff')).toBeLessThan(4.5);
  });
});
