import type { Lang } from '../i18n/dictionary';

const text = {
  fr: {
    basemapUnavailable: 'Fond de carte indisponible — les lieux restent affichés ; nouvel essai…',
    placesAttribution: 'Lieux : Réemploi Cotentin et leurs sources',
    choroplethUnavailable: 'La carte ne peut pas s’afficher sur ce navigateur : le tableau donne les mêmes chiffres.',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
  },
  en: {
    basemapUnavailable: 'Basemap unavailable — places are still shown; trying again…',
    placesAttribution: 'Places: Réemploi Cotentin and their sources',
    choroplethUnavailable: 'The map cannot be shown in this browser: the table gives the same figures.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Strings shared by every map (results, framed map, back-office location map), French first. */
export const mapText = (lang: Lang) => text[lang];
