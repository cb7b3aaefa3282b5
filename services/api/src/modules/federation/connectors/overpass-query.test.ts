import { OSM_SELECTORS } from './osm-tags';
import { overpassQuery, overpassQueryUrl } from './overpass-query';

// A rough outline of the Cotentin, GeoJSON order ([longitude, latitude]), closed.
const polygon = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [-1.95, 49.72],
      [-1.26, 49.7],
      [-1.16, 49.35],
      [-1.86, 49.3],
      [-1.95, 49.72],
    ],
  ],
};

/** Brackets, parentheses and quotes balanced, the way Overpass's parser needs them. */
function balanced(query: string): boolean {
  const stack: string[] = [];
  let quoted = false;
  for (const char of query) {
    if (char === '"') quoted = !quoted;
    if (quoted || char === '"') continue;
    if (char === '(' || char === '[') stack.push(char);
    if (char === ')' && stack.pop() !== '(') return false;
    if (char === ']' && stack.pop() !== '[') return false;
  }
  return stack.length === 0 && !quoted;
}

describe('the Overpass query of a territory', () => {
  it('asks for JSON with centres, within the polygon written once as "lat lon" pairs', () => {
    const query = overpassQuery({ polygon, timeoutS: 120 });
    expect(query).toMatch(/^\[out:json\]\[timeout:120\]\[bbox:49\.3,-1\.95,49\.72,-1\.16\];/);
    expect(query).toContain('nwr.candidates(poly:"49.72 -1.95 49.7 -1.26 49.35 -1.16 49.3 -1.86");');
    expect(query.match(/poly:/g)).toHaveLength(1);
    expect(query.trimEnd().endsWith('out center tags;')).toBe(true);
    expect(balanced(query)).toBe(true);
  });

  it('selects each tag combination the connector reads', () => {
    const query = overpassQuery({ polygon });
    for (const selector of [
      'nwr["amenity"~"^(recycling|give_box|public_bookcase|toy_library|bicycle_repair_station|workshop|repair_cafe)$"];',
      'nwr["shop"~"^(charity|second_hand|antiques|repair|tool_hire)$"];',
      'nwr["shop"]["second_hand"~"^(yes|only)$"];',
      'nwr["repair"~"^(yes|only|assisted_self_service)$"];',
      'nwr["repair_cafe"="yes"];',
      'nwr["craft"~"^(shoemaker|shoe_repair|tailor|dressmaker|watchmaker|clockmaker|electronics_repair|upholsterer|bookbinder)$"];',
      'nwr["service:bicycle:repair"="yes"];',
      'nwr["service:bicycle:second_hand"="yes"];',
      'nwr["service:bicycle:rental"="yes"];',
      'nwr["service:bicycle:diy"="yes"];',
      'nwr["clothes:repair"="yes"];',
      'nwr["shop"="rental"]["rental"~"(^|;)(tools|bicycle|ebike)(;|$)"];',
    ])
      expect(query).toContain(selector);
    expect(query.match(/^ {2}nwr/gm)).toHaveLength(OSM_SELECTORS.length);
  });

  it('takes a bounding box instead of a polygon', () => {
    const query = overpassQuery({ bbox: { west: -1.95, south: 49.3, east: -1.16, north: 49.72 } });
    expect(query).toContain('[bbox:49.3,-1.95,49.72,-1.16]');
    expect(query).not.toContain('poly:');
    expect(query.trimEnd().endsWith('.candidates out center tags;')).toBe(true);
    expect(balanced(query)).toBe(true);
  });

  it('puts the query in the data parameter of a GET URL', () => {
    const url = new URL(overpassQueryUrl('https://overpass-api.de/api/interpreter', { polygon }));
    expect(url.origin + url.pathname).toBe('https://overpass-api.de/api/interpreter');
    expect(url.searchParams.get('data')).toBe(overpassQuery({ polygon }));
  });

  it('refuses an area it cannot express, saying why', () => {
    expect(() => overpassQuery({})).toThrow('give either a polygon or a bbox');
    expect(() => overpassQuery({ polygon, bbox: { west: 0, south: 0, east: 1, north: 1 } })).toThrow(
      'give either a polygon or a bbox',
    );
    const swapped = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [49.7, -181],
          [49.6, -1.2],
          [49.3, -1.8],
        ],
      ],
    };
    expect(() => overpassQuery({ polygon: swapped })).toThrow(/not \[longitude, latitude\]/);
    const line = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-1.9, 49.7],
          [-1.2, 49.6],
          [-1.9, 49.7],
        ],
      ],
    };
    expect(() => overpassQuery({ polygon: line })).toThrow('at least 3 distinct positions');
    expect(() => overpassQuery({ bbox: { west: -1.16, south: 49.3, east: -1.95, north: 49.72 } })).toThrow(
      /west < east/,
    );
    expect(() => overpassQuery({ polygon, timeoutS: 0 })).toThrow(/timeoutS/);
  });
});
