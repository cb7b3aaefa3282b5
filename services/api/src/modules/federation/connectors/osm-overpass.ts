import { Transform, pipeline, type TransformCallback } from 'node:stream';
import { jsonArrayItems, prop } from './json-items';
import {
  CONTAINER_NAMES,
  ELECTRONICS_REPAIRED,
  RECYCLING_FLOWS,
  RENTED_GOODS,
  REPAIR_CRAFTS,
  REPAIR_KEYS,
  SHOP_GOODS,
  osmList,
} from './osm-tags';
import type { Action, Connector, ConnectorItem, OfferDraft, PlaceKind, RawRecord } from './types';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0';

type Tags = Record<string, string>;

/** What an OpenStreetMap element is for residents: its kind, its offers, and what to call it when unnamed. */
export interface OsmClassification {
  kind: PlaceKind;
  offers: OfferDraft[];
  /** The French name of the kind of place ("Conteneur textile", "Cordonnerie"), used when `name` is absent. */
  label: string;
}

/** Offers by action, keeping an action without known sub-categories (it then means "objects not specified"). */
class Offers {
  private readonly byAction = new Map<Action, Set<string>>();

  add(action: Action, subcategories: readonly string[] = []): void {
    const set = this.byAction.get(action) ?? new Set<string>();
    for (const id of subcategories) set.add(id);
    this.byAction.set(action, set);
  }

  build(): OfferDraft[] {
    return [...this.byAction].map(([action, subs]) => ({ action, subcategories: [...subs].sort() }));
  }
}

const isYes = (value: string | undefined) => value === 'yes';

function recyclingFlows(tags: Tags): string[] {
  return Object.entries(tags)
    .filter(([key, value]) => key.startsWith('recycling:') && value === 'yes')
    .map(([key]) => key.slice('recycling:'.length))
    .filter((flow) => RECYCLING_FLOWS[flow]);
}

/** A container named after its one family of flows ("Conteneur textile"), else a generic name. */
function containerLabel(flows: string[]): string {
  const families = CONTAINER_NAMES.filter((family) => flows.some((flow) => family.flows.includes(flow)));
  const only = families.length === 1 ? families[0]! : null;
  return only && flows.every((flow) => only.flows.includes(flow)) ? only.name : 'Point d’apport volontaire';
}

function classifyRecycling(tags: Tags): OsmClassification {
  const flows = recyclingFlows(tags);
  const offers = new Offers();
  offers.add(
    'DROP_OFF',
    flows.flatMap((flow) => RECYCLING_FLOWS[flow]!),
  );
  if (tags.recycling_type === 'centre') {
    const city = tags['addr:city']?.trim();
    return { kind: 'RECYCLING_CENTRE', offers: offers.build(), label: city ? `Déchèterie de ${city}` : 'Déchèterie' };
  }
  return { kind: 'COLLECTION_POINT', offers: offers.build(), label: containerLabel(flows) };
}

/** What a repairer repairs: its craft's objects, the objects of its `<object>:repair=yes` keys, its shop's goods. */
function repairedGoods(tags: Tags, shopGoods: readonly string[]): string[] {
  const craft = REPAIR_CRAFTS[tags.craft ?? ''];
  const electronics =
    tags.craft === 'electronics_repair'
      ? osmList(tags.electronics_repair).flatMap((v) => ELECTRONICS_REPAIRED[v] ?? [])
      : [];
  const byKey = Object.entries(REPAIR_KEYS).flatMap(([key, goods]) => (isYes(tags[key]) ? goods : []));
  return [...(craft?.goods ?? []), ...electronics, ...byKey, ...shopGoods];
}

const SECOND_HAND_LABELS: Record<string, string> = { clothes: 'Friperie', books: 'Librairie d’occasion' };

/**
 * Kind, offers and label of an element from its tags; null when it is not a reuse place. Offers add up
 * (a bicycle shop repairing, selling second-hand and renting gets REPAIR, BUY and RENT of `velo`); the
 * kind is the first that applies, in the order below (a charity shop that repairs stays a charity shop).
 */
export function classifyOsm(tags: Tags): OsmClassification | null {
  if (tags.amenity === 'recycling') return classifyRecycling(tags);
  const offers = new Offers();
  const kinds: { kind: PlaceKind; label: string }[] = [];
  const propose = (kind: PlaceKind, label: string) => kinds.push({ kind, label });
  const shop = tags.shop;
  const goods = SHOP_GOODS[shop ?? ''] ?? [];

  if (shop === 'charity') {
    propose('CHARITY_SHOP', 'Boutique solidaire');
    offers.add('DONATE');
    offers.add('BUY', goods);
  }
  if (shop === 'second_hand') {
    propose('SECOND_HAND_SHOP', 'Dépôt-vente');
    offers.add('BUY');
    offers.add('SELL');
  }
  if (shop === 'antiques') {
    propose('SECOND_HAND_SHOP', 'Brocante');
    offers.add('BUY', goods);
    offers.add('SELL', goods);
  }
  if (shop && tags.second_hand === 'only') {
    propose('SECOND_HAND_SHOP', SECOND_HAND_LABELS[shop] ?? 'Boutique de seconde main');
    offers.add('BUY', goods);
  }

  const diyBicycle = isYes(tags['service:bicycle:diy']);
  const selfRepair =
    isYes(tags.repair_cafe) || tags.amenity === 'repair_cafe' || tags.repair === 'assisted_self_service';
  if (selfRepair || diyBicycle) {
    const repaired = diyBicycle ? [...goods, 'velo'] : repairedGoods(tags, goods);
    offers.add('REPAIR', repaired);
    if (selfRepair || !isYes(tags['service:bicycle:repair']))
      propose('REPAIR_CAFE', repaired.includes('velo') ? 'Atelier vélo participatif' : 'Repair café');
  }
  const craft = REPAIR_CRAFTS[tags.craft ?? ''];
  const repairsByKey = Object.keys(REPAIR_KEYS).some((key) => isYes(tags[key]));
  if (shop === 'repair' || craft || tags.repair === 'yes' || tags.repair === 'only' || repairsByKey) {
    offers.add('REPAIR', repairedGoods(tags, goods));
    const label = craft?.name ?? (isYes(tags['service:bicycle:repair']) ? 'Réparation de vélos' : 'Réparateur');
    propose('REPAIRER', label);
  }

  if (shop && tags.second_hand === 'yes') {
    propose('SECOND_HAND_SHOP', 'Boutique de seconde main');
    offers.add('BUY', goods);
  }
  if (isYes(tags['service:bicycle:second_hand'])) {
    propose('SECOND_HAND_SHOP', 'Vélos d’occasion');
    offers.add('BUY', ['velo']);
  }

  const rented = [
    ...(shop === 'rental' ? osmList(tags.rental).flatMap((v) => (RENTED_GOODS[v] ? [RENTED_GOODS[v]] : [])) : []),
    ...(shop === 'tool_hire' ? [RENTED_GOODS.tools!] : []),
    ...(isYes(tags['service:bicycle:rental']) ? [RENTED_GOODS.bicycle!] : []),
  ];
  if (rented.length > 0) {
    propose('SHARING', rented[0]!.name);
    offers.add(
      'RENT',
      rented.flatMap((r) => r.goods),
    );
  }

  if (tags.amenity === 'give_box') {
    propose('SHARING', 'Boîte à dons');
    offers.add('DONATE');
    offers.add('EXCHANGE');
  }
  if (tags.amenity === 'public_bookcase') {
    propose('SHARING', 'Boîte à livres');
    offers.add('DONATE', ['livre']);
    offers.add('EXCHANGE', ['livre']);
  }
  if (tags.amenity === 'toy_library') {
    propose('SHARING', 'Ludothèque');
    offers.add('BORROW', ['jouet']);
  }
  if (tags.amenity === 'bicycle_repair_station') {
    // A pump without tools (service:bicycle:tools=no) repairs nothing.
    if (tags['service:bicycle:tools'] === 'no') return null;
    propose('SHARING', 'Station de réparation vélo en libre-service');
    offers.add('REPAIR', ['velo']);
  }
  if (tags.amenity === 'workshop') {
    // A community workshop: tools to repair one's own things.
    propose('SHARING', 'Atelier partagé');
    offers.add('REPAIR', goods);
  }

  const chosen = kinds[0];
  return chosen ? { kind: chosen.kind, offers: offers.build(), label: chosen.label } : null;
}

/** The place's name: OSM `name`, else the label with the operator or brand after an em dash. */
export function osmPlaceName(tags: Tags, label: string): string {
  const name = tags.name?.trim();
  if (name) return name;
  const by = osmList(tags.operator ?? tags.brand).join(', ');
  return by ? `${label} — ${by}` : label;
}

function center(element: unknown): { lat: unknown; lng: unknown } {
  if (prop(element, 'type') === 'node') return { lat: prop(element, 'lat'), lng: prop(element, 'lon') };
  const c = prop(element, 'center');
  if (c) return { lat: prop(c, 'lat'), lng: prop(c, 'lon') };
  const geometry = prop(element, 'geometry');
  if (Array.isArray(geometry) && geometry.length > 0) {
    const points = geometry.map((p) => ({ lat: Number(prop(p, 'lat')), lon: Number(prop(p, 'lon')) }));
    return {
      lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
      lng: points.reduce((s, p) => s + p.lon, 0) / points.length,
    };
  }
  return { lat: undefined, lng: undefined };
}

function toItem(line: number, element: unknown): ConnectorItem | null {
  const type = String(prop(element, 'type') ?? '');
  const id = String(prop(element, 'id') ?? '');
  const externalId = type && id ? `${type}/${id}` : null;
  const tagsValue = prop(element, 'tags');
  if (!tagsValue || typeof tagsValue !== 'object') return null; // untagged way nodes: geometry only
  const tags = Object.fromEntries(
    Object.entries(tagsValue as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  ) as Tags;
  if (tags.access === 'private' || tags.access === 'no')
    return {
      line,
      externalId,
      code: 'NOT_A_REUSE_PLACE',
      error: `not open to the public (access=${tags.access})`,
    };
  const classified = classifyOsm(tags);
  if (!classified)
    return {
      line,
      externalId,
      code: 'NOT_A_REUSE_PLACE',
      error: 'not a reuse place (no recycling, second-hand, charity, repair, rental or sharing tag)',
    };
  const { lat, lng } = center(element);
  if (lat === undefined && type !== 'node')
    return {
      line,
      externalId,
      code: 'LOCATION_MISSING',
      error: `${type} without a center: query Overpass with "out center"`,
    };
  const record: RawRecord = {
    externalId,
    name: osmPlaceName(tags, classified.label),
    kind: classified.kind,
    description: tags.description,
    street: [tags['addr:housenumber'], tags['addr:street']].filter(Boolean).join(' '),
    postcode: tags['addr:postcode'],
    commune: tags['addr:city'],
    lat,
    lng,
    phone: tags.phone ?? tags['contact:phone'],
    email: tags.email ?? tags['contact:email'],
    website: tags.website ?? tags['contact:website'],
    openingHours: tags.opening_hours,
    offers: classified.offers,
    labels: [],
    accessibility: tags.wheelchair
      ? `Accès en fauteuil roulant : ${tags.wheelchair === 'yes' ? 'oui' : tags.wheelchair === 'limited' ? 'limité' : 'non'}`
      : undefined,
    attribution: OSM_ATTRIBUTION,
    url: externalId ? `https://www.openstreetmap.org/${externalId}` : null,
  };
  return { line, record };
}

/** Passes bytes through, keeping the last few kilobytes (where Overpass writes its `remark`). */
class TailKeeper extends Transform {
  private tail = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.tail = Buffer.concat([this.tail, chunk]).subarray(-TAIL_BYTES);
    done(null, chunk);
  }

  text(): string {
    return this.tail.toString('utf8');
  }
}

const TAIL_BYTES = 8192;

/** Overpass's closing `"remark": "…"` (after the elements), or null. */
export function overpassRemark(tail: string): string | null {
  const match = /"remark"\s*:\s*("(?:[^"\\]|\\.)*")\s*}\s*$/.exec(tail);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as string;
  } catch {
    return null;
  }
}

/**
 * Overpass API JSON (`[out:json]`, nodes and ways with `out center`). Overpass answers a query that ran
 * out of time or memory with HTTP 200, the elements found so far and a closing "runtime error" remark:
 * such an answer fails the run, so that the places it misses are not taken for closed.
 */
export const osmOverpass: Connector = async function* (input) {
  const tail = new TailKeeper();
  const bytes = pipeline(await input.open(), tail, () => undefined);
  for await (const { index, value } of jsonArrayItems(bytes, ['elements'])) {
    const item = toItem(index, value);
    if (item) yield item;
  }
  const remark = overpassRemark(tail.text());
  if (remark && /runtime error/i.test(remark))
    throw new Error(
      `Overpass sent an incomplete answer ("${remark.slice(0, 200)}"): nothing is closed; run it again later, or raise the query's timeout`,
    );
};
