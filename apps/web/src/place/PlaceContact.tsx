import type { PlaceDetail } from '../graphql/operations';
import { useCountOutcome } from '../insights/useCountOutcome';
import { useI18n } from '../i18n/I18nContext';

export function directionsUrl(place: Pick<PlaceDetail, 'location'>): string {
  const { lat, lng } = place.location;
  return `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lng}#map=15/${lat}/${lng}`;
}

/** Address, directions and contact. Approximate locations are said so before anyone drives there. */
export function PlaceContact({ place }: { place: PlaceDetail }) {
  const { t } = useI18n();
  const count = useCountOutcome(place.id);
  const { address, contact, location } = place;
  const website = contact.website && /^https?:\/\//i.test(contact.website) ? contact.website : null;
  return (
    <section className="place-section" aria-labelledby="contact-title">
      <h2 id="contact-title">{t.contactTitle}</h2>
      <address className="place-address">
        {address.street && <span>{address.street}</span>}
        {(address.postcode || address.commune) && (
          <span>{[address.postcode, address.commune].filter(Boolean).join(' ')}</span>
        )}
        {address.locality && address.locality !== address.commune && <span>({address.locality})</span>}
      </address>
      {place.locationPrecision === 'COMMUNE' && <p className="notice notice-warning">{t.approxLocationLong}</p>}
      <ul className="link-list">
        <li>
          <a href={directionsUrl(place)} rel="noopener" target="_blank" onClick={() => count('DIRECTIONS')}>
            {t.directions}
          </a>
        </li>
        <li>
          <a
            href={`geo:${location.lat},${location.lng}?q=${location.lat},${location.lng}(${encodeURIComponent(place.name)})`}
            onClick={() => count('DIRECTIONS')}
          >
            {t.openInMapsApp}
          </a>
        </li>
        {contact.phone && (
          <li>
            {t.phone}
            {t.colon}
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} onClick={() => count('CALLED')}>
              {contact.phone}
            </a>
          </li>
        )}
        {contact.email && (
          <li>
            {t.email}
            {t.colon}
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {website && (
          <li>
            {t.website}
            {t.colon}
            <a href={website} rel="noopener" target="_blank" onClick={() => count('WEBSITE')}>
              {website.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
