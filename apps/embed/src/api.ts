// The widget's only network access: GET requests to the API origin's /graphql (cacheable by browsers
// and CDNs), as an automatic persisted query when the page can hash (secure contexts).

export const PLACES_QUERY = `query ReemploiWidget($filter:PlaceFilter,$near:GeoPointInput,$radiusKm:Float,$first:Int,$lang:Lang,$withEvents:Boolean=false,$eventsFilter:EventFilter,$eventsFirst:Int,$eventsRadiusKm:Float,$eventsFrom:String,$eventsTo:String){places(filter:$filter,near:$near,radiusKm:$radiusKm,first:$first){totalCount edges{node{id slug name kind distanceMeters locationUncertaintyMeters openNow freshness{status} notices{kind startsOn endsOn reason message current}address{street postcode commune}contact{phone}}}}placeKinds{id label(lang:$lang)}events(near:$near,radiusKm:$eventsRadiusKm,from:$eventsFrom,to:$eventsTo,filter:$eventsFilter,first:$eventsFirst)@include(if:$withEvents){nodes{start event{id title bookingUrl venue{name commune}place{slug}}}}}`;

export interface WidgetPlace {
  id: string;
  slug: string;
  name: string;
  kind: string;
  distanceMeters: number | null;
  /** How far the place may be from its point (2000 m for a commune centre, 0 when exact). */
  locationUncertaintyMeters: number;
  openNow: boolean | null;
  /** TO_VERIFY: nobody confirmed the listing for 12 months (« À vérifier »). Absent from older APIs. */
  freshness?: { status: 'FRESH' | 'TO_VERIFY' } | null;
  /** Closures, exceptional or seasonal hours and free notices not yet over, current ones first. */
  notices: WidgetNotice[];
  address: { street: string | null; postcode: string | null; commune: string | null };
  contact: { phone: string | null };
}

export interface WidgetNotice {
  kind: 'CLOSURE' | 'EXCEPTIONAL_HOURS' | 'SEASONAL_HOURS' | 'NOTICE';
  startsOn: string | null;
  endsOn: string | null;
  reason: string | null;
  message: string | null;
  current: boolean;
}

/** One occurrence of an event (the `events` option). */
export interface WidgetEvent {
  start: string;
  event: {
    id: string;
    title: string;
    bookingUrl: string | null;
    venue: { name: string; commune: string | null };
    place: { slug: string } | null;
  };
}

export interface WidgetData {
  places: { totalCount: number; edges: { node: WidgetPlace }[] };
  placeKinds: { id: string; label: string }[];
  /** Present when the `events` option asked for them. */
  events?: { nodes: WidgetEvent[] } | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

let hashed: Promise<string | null> | undefined;
function queryHash(): Promise<string | null> {
  hashed ??= globalThis.crypto?.subtle
    ? crypto.subtle.digest('SHA-256', new TextEncoder().encode(PLACES_QUERY)).then(
        (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join(''),
        () => null,
      )
    : Promise.resolve(null);
  return hashed;
}

async function get(origin: string, params: Record<string, string>, apiKey: string | null) {
  const url = `${origin}/graphql?${new URLSearchParams(params)}`;
  const res = await fetch(url, { headers: apiKey ? { 'X-Api-Key': apiKey } : {}, credentials: 'omit' });
  const body = (await res.json().catch(() => null)) as {
    data?: WidgetData;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  return { res, body };
}

/** Runs the widget query; throws ApiError with the API's message and code when it refuses. */
export async function fetchPlaces(origin: string, variables: object, apiKey: string | null): Promise<WidgetData> {
  const params: Record<string, string> = { variables: JSON.stringify(variables) };
  const hash = await queryHash();
  if (hash) params.extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  let { res, body } = await get(origin, hash ? params : { ...params, query: PLACES_QUERY }, apiKey);
  if (body?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    ({ res, body } = await get(origin, { ...params, query: PLACES_QUERY }, apiKey));
  }
  const error = body?.errors?.[0];
  if (error || !body?.data) throw new ApiError(error?.message ?? `HTTP ${res.status}`, error?.extensions?.code ?? null);
  return body.data;
}
