import { createMarkerElement } from './markers';

const places = (n: number) => (n === 1 ? '1 lieu' : `${n} lieux`);

describe('map markers', () => {
  it('names a place marker after its place, and never leaves a marker button without a name', () => {
    const named = createMarkerElement(
      {
        type: 'PLACE',
        lat: 49.5,
        lng: -1.47,
        count: 1,
        expansionZoom: null,
        place: { id: 'p', slug: 'p', name: 'Emmaüs' },
      },
      places,
      () => undefined,
    );
    expect(named.getAttribute('aria-label')).toBe('Emmaüs');
    const unnamed = createMarkerElement(
      { type: 'PLACE', lat: 49.5, lng: -1.47, count: 1, expansionZoom: null, place: null },
      places,
      () => undefined,
    );
    expect(unnamed.getAttribute('aria-label')).toBe('1 lieu');
    expect(unnamed.title).toBe('1 lieu');
  });
});
