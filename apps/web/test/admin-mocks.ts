import type { MockLink } from '@apollo/client/testing';
import { CATEGORIES_QUERY } from '../src/admin/admin-operations';
import { TAXONOMY_QUERY, type ApiLang } from '../src/graphql/operations';

/** Answers every time it is asked: several components of a page read the taxonomy. */
const always = { maxUsageCount: Number.POSITIVE_INFINITY };

/** The taxonomy and categories queries, with a few entries in the language asked. */
export function taxonomyMocks(lang: ApiLang): MockLink.MockedResponse[] {
  const en = lang === 'EN';
  return [
    {
      request: { query: TAXONOMY_QUERY, variables: { lang } },
      result: {
        data: {
          actions: [
            { __typename: 'ActionInfo', id: 'DONATE', label: en ? 'Give' : 'Donner', directions: ['HAVE'] },
            { __typename: 'ActionInfo', id: 'REPAIR', label: en ? 'Repair' : 'Réparer', directions: ['HAVE'] },
          ],
          placeKinds: [
            {
              __typename: 'PlaceKindInfo',
              id: 'RESSOURCERIE',
              label: en ? 'Reuse centre (ressourcerie)' : 'Ressourcerie, recyclerie',
            },
          ],
          labels: [
            {
              __typename: 'Label',
              id: 'ess',
              label: en ? 'Social and solidarity economy' : 'Économie sociale et solidaire',
              group: 'actor',
            },
          ],
        },
      },
      ...always,
    },
    {
      request: { query: CATEGORIES_QUERY, variables: { lang } },
      result: {
        data: {
          categories: [
            {
              __typename: 'Category',
              id: 'mobilier_et_decoration',
              label: en ? 'Furniture and decoration' : 'Mobilier et décoration',
              subcategories: [{ __typename: 'Subcategory', id: 'meuble', label: en ? 'Furniture' : 'Meuble' }],
            },
          ],
        },
      },
      ...always,
    },
  ];
}

/** A published place whose name was edited by hand, as the `ManagedPlaceFields` fragment selects it (with typenames). */
export function managedPlace(lang: ApiLang) {
  return {
    __typename: 'ManagedPlace',
    id: 'mp-1',
    version: 3,
    status: 'PUBLISHED',
    organizationId: null,
    overrides: ['name'],
    provenance: [{ __typename: 'FieldProvenance', field: 'name', source: 'manual', overridden: true }],
    place: {
      __typename: 'Place',
      id: 'place-1',
      slug: 'ressourcerie-du-cotentin',
      name: 'Ressourcerie du Cotentin',
      kind: 'RESSOURCERIE',
      description: null,
      address: {
        __typename: 'Address',
        street: '12 rue du Port',
        postcode: '50100',
        commune: 'Cherbourg-en-Cotentin',
        locality: null,
        inseeCode: '50129',
      },
      location: { __typename: 'GeoPoint', lat: 49.6386, lng: -1.6164 },
      locationPrecision: 'ADDRESS',
      contact: { __typename: 'Contact', phone: '02 33 00 00 00', email: null, website: null },
      openingHours: 'Mo-Fr 09:00-12:00',
      offers: [
        {
          __typename: 'Offer',
          action: 'DONATE',
          subcategories: [{ __typename: 'Subcategory', id: 'meuble', label: lang === 'EN' ? 'Furniture' : 'Meuble' }],
        },
      ],
      labels: [],
      audience: 'PUBLIC',
      homeService: true,
      appointmentOnly: false,
      accessibility: null,
      sources: [{ __typename: 'PlaceSource', name: 'Fichier SIG du syndicat' }],
      freshness: {
        __typename: 'Freshness',
        status: 'FRESH',
        confirmedAt: '2024-03-05T10:00:00.000Z',
        confirmedBy: { __typename: 'Confirmer', type: 'STAFF', name: null },
      },
    },
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-05T10:00:00.000Z',
  };
}
