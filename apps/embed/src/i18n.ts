export const TEXT = {
  fr: {
    heading: 'Lieux du réemploi près de chez vous',
    loading: 'Chargement des lieux…',
    found: (n: number, total: number) =>
      total === 0
        ? 'Aucun lieu trouvé.'
        : total > n
          ? `${n} lieux affichés sur ${total}.`
          : total === 1
            ? '1 lieu trouvé.'
            : `${total} lieux trouvés.`,
    empty: 'Aucun lieu ne correspond à cette recherche pour le moment.',
    error: 'La liste des lieux est momentanément indisponible. Réessayez dans quelques instants.',
    retry: 'Réessayer',
    openNow: 'Ouvert maintenant',
    closed: 'Fermé actuellement',
    closedPeriod: (from: string, to: string | null) =>
      to ? `Fermé exceptionnellement du ${from} au ${to}` : `Fermé exceptionnellement le ${from}`,
    hoursPeriod: (from: string, to: string | null) =>
      to ? `Horaires exceptionnels du ${from} au ${to}` : `Horaires exceptionnels le ${from}`,
    away: 'à',
    about: 'à environ',
    inCommune: 'dans la commune',
    phone: 'Téléphone',
    toVerify: 'À vérifier',
    toVerifyLong: 'non confirmé depuis plus d’un an, appelez avant de venir',
    events: 'Prochains événements',
    book: 'Réserver',
    seeMap: 'Voir sur la carte Réemploi',
    by: 'Données Réemploi Cotentin',
  },
  en: {
    heading: 'Reuse places near you',
    loading: 'Loading places…',
    found: (n: number, total: number) =>
      total === 0
        ? 'No place found.'
        : total > n
          ? `Showing ${n} of ${total} places.`
          : total === 1
            ? '1 place found.'
            : `${total} places found.`,
    empty: 'No place matches this search yet.',
    error: 'The list of places is unavailable right now. Please try again in a moment.',
    retry: 'Try again',
    openNow: 'Open now',
    closed: 'Closed now',
    closedPeriod: (from: string, to: string | null) =>
      to ? `Exceptionally closed from ${from} to ${to}` : `Exceptionally closed on ${from}`,
    hoursPeriod: (from: string, to: string | null) =>
      to ? `Special opening hours from ${from} to ${to}` : `Special opening hours on ${from}`,
    away: '',
    about: 'about',
    inCommune: 'somewhere in town',
    phone: 'Phone',
    toVerify: 'To be checked',
    toVerifyLong: 'not confirmed for over a year, call before you go',
    events: 'Upcoming events',
    book: 'Book',
    seeMap: 'See on the Réemploi map',
    by: 'Data: Réemploi Cotentin',
  },
};
export type Text = (typeof TEXT)['fr'];
