import type { MapFeature } from '../graphql/operations';

export function markerKey(feature: MapFeature): string {
  return feature.place ? `place:${feature.place.id}` : `cluster:${feature.lat},${feature.lng}`;
}

/** A real button per marker, so the map is usable by keyboard too (the list stays the full alternative). */
export function createMarkerElement(
  feature: MapFeature,
  countLabel: (n: number) => string,
  onClick: () => void,
): HTMLElement {
  const element = document.createElement('button');
  element.type = 'button';
  if (feature.type === 'CLUSTER') {
    element.className = 'map-cluster';
    element.textContent = String(feature.count);
    element.setAttribute('aria-label', countLabel(feature.count));
    const size = Math.min(56, 32 + Math.log2(feature.count) * 5);
    element.style.width = element.style.height = `${size}px`;
  } else {
    element.className = 'map-marker';
    // A button always has a name: a place answered without its name (seen once on CI in the framed map,
    // not reproduced) is still announced, as one place.
    const name = feature.place?.name || countLabel(1);
    element.setAttribute('aria-label', name);
    element.title = name;
  }
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return element;
}
