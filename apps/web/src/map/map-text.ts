import type { Lang } from '../i18n/dictionary';

const text = {
  fr: {
    basemapUnavailable: 'Fond de carte indisponible — les lieux restent affichés ; nouvel essai…',
    placesAttribution: 'Lieux : Réemploi Cotentin et leurs sources',
  },
  en: {
    basemapUnavailable: 'Basemap unavailable — places are still shown; trying again…',
    placesAttribution: 'Places: Réemploi Cotentin and their sources',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Strings shared by every map (results, framed map, back-office location map), French first. */
export const mapText = (lang: Lang) => text[lang];
