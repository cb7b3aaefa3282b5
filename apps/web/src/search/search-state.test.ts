import { actionsOfDirection, DIRECTIONS } from '@reemploi/taxonomy';
import {
  DEFAULT_RADIUS_KM,
  DIRECTION_ACTIONS,
  emptySearch,
  effectiveActions,
  parseSearch,
  searchUrl,
  serializeSearch,
  toPlaceFilter,
  widerRadius,
  type SearchState,
} from './search-state';

describe('search URL state', () => {
  const full: SearchState = {
    direction: 'HAVE',
    actions: ['DONATE', 'DROP_OFF'],
    text: 'canapé',
    subcategories: ['meuble', 'sieges_elements_d_ameublement'],
    where: 'Valognes',
    point: { lat: 49.5089, lng: -1.4703 },
    aroundMe: false,
    radiusKm: 25,
    kinds: ['RESSOURCERIE', 'RECYCLING_CENTRE'],
    labels: ['ess'],
    openNow: true,
    view: 'map',
    bbox: { west: -1.9, south: 49.4, east: -1.2, north: 49.7 },
    zoom: 10.5,
    center: { lat: 49.55, lng: -1.6 },
  };

  it('offers in each direction the actions LVAO gives it (in the order the app shows them)', () => {
    for (const direction of DIRECTIONS) {
      const lvao = actionsOfDirection(direction).map((a) => a.id);
      expect([...DIRECTION_ACTIONS[direction]].sort()).toEqual(lvao.sort());
    }
  });

  it('restores every part of a shared view from its URL', () => {
    expect(parseSearch(serializeSearch(full))).toEqual(full);
  });

  it("reads the widget's spellings of the keys (objects, radius, kinds, labels, commune)", () => {
    const state = parseSearch(
      '?action=DONATE&objects=meuble&lat=49.6486&lng=-1.6561&radius=15&kinds=ressourcerie&labels=ess',
    );
    expect(state).toMatchObject({
      actions: ['DONATE'],
      subcategories: ['meuble'],
      point: { lat: 49.6486, lng: -1.6561 },
      radiusKm: 15,
      kinds: ['RESSOURCERIE'],
      labels: ['ess'],
    });
    expect(parseSearch('?commune=Valognes').where).toBe('Valognes');
    expect(parseSearch('?sub=textile&objects=meuble').subcategories).toEqual(['textile']);
  });

  it('writes a readable, stable query string', () => {
    expect(serializeSearch(full)).toBe(
      '?action=donate,drop_off&q=canap%C3%A9&sub=meuble,sieges_elements_d_ameublement&where=Valognes&lat=49.5089&lng=-1.4703&r=25&kind=ressourcerie,recycling_centre&label=ess&open=1&view=map&bbox=-1.9,49.4,-1.2,49.7&z=10.5&c=49.55,-1.6',
    );
  });

  it('omits defaults so a plain search has a short URL', () => {
    expect(serializeSearch(emptySearch)).toBe('');
    expect(searchUrl({ ...emptySearch, direction: 'SEEK' })).toBe('/recherche?dir=seek');
  });

  it('falls back to defaults for missing or invalid values instead of failing', () => {
    const state = parseSearch(
      '?dir=sideways&action=donate,fly,DONATE&r=-4&lat=200&lng=3&kind=spaceport&view=3d&bbox=1,2,3&z=99&sub=meuble,<script>',
    );
    expect(state.direction).toBe('HAVE');
    expect(state.actions).toEqual(['DONATE']);
    expect(state.radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(state.point).toBeNull();
    expect(state.kinds).toEqual([]);
    expect(state.view).toBe('list');
    expect(state.bbox).toBeNull();
    expect(state.zoom).toBeNull();
    expect(state.subcategories).toEqual(['meuble']);
  });

  it('rounds "around me" coordinates to about 100 m so a shared link does not pinpoint a home', () => {
    const query = serializeSearch({ ...emptySearch, aroundMe: true, point: { lat: 49.512345, lng: -1.476789 } });
    expect(query).toBe('?me=1&lat=49.512&lng=-1.477');
  });
});

describe('search filter', () => {
  it('searches every action of the direction when none is chosen', () => {
    expect(effectiveActions({ ...emptySearch, direction: 'SEEK' })).toEqual(['BUY', 'BORROW', 'RENT', 'EXCHANGE']);
    expect(effectiveActions({ ...emptySearch, actions: ['REPAIR'] })).toEqual(['REPAIR']);
  });

  it('uses sub-categories resolved from the text only when none were picked', () => {
    expect(toPlaceFilter({ ...emptySearch, actions: ['DONATE'] }, ['meuble'])).toEqual({
      actions: ['DONATE'],
      subcategories: ['meuble'],
    });
    expect(
      toPlaceFilter({ ...emptySearch, subcategories: ['velo'], openNow: true, labels: ['ess'] }, ['meuble']),
    ).toMatchObject({
      subcategories: ['velo'],
      openNow: true,
      labels: ['ess'],
    });
  });

  it('offers the next wider radius, and none past the largest', () => {
    expect(widerRadius(10)).toBe(25);
    expect(widerRadius(7)).toBe(10);
    expect(widerRadius(50)).toBeNull();
  });
});
