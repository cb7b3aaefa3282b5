import { useState, type FormEvent } from 'react';
import { Link, navigate } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { useI18n } from '../i18n/I18nContext';
import { findTown, searchTowns } from './locations';
import { LocationField, type LocationValue } from './LocationField';
import { ObjectField, type ObjectValue } from './ObjectField';
import { quickLinks } from './quick-links';
import { emptySearch, searchUrl, type Direction, type SearchState } from './search-state';

export function HomePage() {
  const { t } = useI18n();
  usePageTitle(t.homeTitle);
  const [direction, setDirection] = useState<Direction>('HAVE');
  const [object, setObject] = useState<ObjectValue>({ text: '', subcategories: [] });
  const [location, setLocation] = useState<LocationValue>({ where: '', point: null, aroundMe: false });

  function resolvedLocation(): LocationValue {
    if (location.point || !location.where.trim()) return location;
    // Typed but not picked: take the town it names, or the best prefix match.
    const town = findTown(location.where) ?? searchTowns(location.where, 1)[0];
    return town ? { where: town.label, point: town.point, aroundMe: false } : location;
  }

  function baseState(): SearchState {
    return { ...emptySearch, ...resolvedLocation() };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(searchUrl({ ...baseState(), direction, text: object.text.trim(), subcategories: object.subcategories }));
  }

  return (
    <div className="home">
      <form className="home-form card" onSubmit={submit} aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {t.homeTitle}
        </h1>
        <fieldset className="direction-choice">
          <legend className="visually-hidden">{t.directionLegend}</legend>
          {(['HAVE', 'SEEK'] as const).map((d) => (
            <label key={d} className={`direction-option${direction === d ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name="direction"
                value={d}
                checked={direction === d}
                onChange={() => setDirection(d)}
              />
              <span className="direction-title">{d === 'HAVE' ? t.directionHave : t.directionSeek}</span>
              <span className="direction-hint">{d === 'HAVE' ? t.directionHaveHint : t.directionSeekHint}</span>
            </label>
          ))}
        </fieldset>
        <ObjectField value={object} onChange={setObject} />
        <LocationField value={location} onChange={setLocation} />
        <button type="submit" className="button button-primary button-large">
          {t.search}
        </button>
      </form>
      <nav className="quick-links" aria-labelledby="quick-links-title">
        <h2 id="quick-links-title">{t.quickLinksTitle}</h2>
        <ul>
          {quickLinks.map((link) => (
            <li key={link.key}>
              <Link className="quick-link" href={searchUrl({ ...baseState(), ...link.state })}>
                {t[link.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
