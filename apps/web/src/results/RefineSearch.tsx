import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { LocationField, type LocationValue } from '../search/LocationField';
import { findTown, searchTowns } from '../search/locations';
import { ObjectField, type ObjectValue } from '../search/ObjectField';
import type { SearchState } from '../search/search-state';

/** Change the object or the place without going back home; filters are kept. */
export function RefineSearch({ state, onSubmit }: { state: SearchState; onSubmit(patch: Partial<SearchState>): void }) {
  const { t } = useI18n();
  const [object, setObject] = useState<ObjectValue>({ text: state.text, subcategories: state.subcategories });
  const [location, setLocation] = useState<LocationValue>({
    where: state.where,
    point: state.point,
    aroundMe: state.aroundMe,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    let loc = location;
    if (!loc.point && loc.where.trim()) {
      const town = findTown(loc.where) ?? searchTowns(loc.where, 1)[0];
      if (town) loc = { where: town.label, point: town.point, aroundMe: false };
    }
    onSubmit({
      text: object.text.trim(),
      subcategories: object.subcategories,
      ...loc,
      bbox: null,
      zoom: null,
      center: null,
    });
  }

  return (
    <form className="refine-search" onSubmit={submit}>
      <ObjectField value={object} onChange={setObject} />
      <LocationField value={location} onChange={setLocation} />
      <button type="submit" className="button button-primary">
        {t.search}
      </button>
    </form>
  );
}
