import { useQuery } from '@apollo/client/react';
import { useTaxonomy } from '../app/useTaxonomy';
import { CheckboxList } from '../forms/CheckboxList';
import { useI18n } from '../i18n/I18nContext';
import { ACTIONS, type Action } from '../search/search-state';
import { CATEGORIES_QUERY } from './admin-operations';
import type { AdminText } from './admin-text';
import type { PlaceForm } from './place-form';

/** Offers: one row per action, with the taxonomy's sub-categories ticked in folding category groups. */
export function OffersEditor({
  offers,
  text,
  onChange,
}: {
  offers: PlaceForm['offers'];
  text: AdminText;
  onChange(o: PlaceForm['offers']): void;
}) {
  const { apiLang } = useI18n();
  const taxonomy = useTaxonomy();
  const { data } = useQuery(CATEGORIES_QUERY, { variables: { lang: apiLang } });
  const unused = ACTIONS.filter((a) => !offers.some((o) => o.action === a));
  const set = (i: number, patch: Partial<PlaceForm['offers'][number]>) =>
    onChange(offers.map((o, k) => (k === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="form-section">
      <legend>{text.offers}</legend>
      <p className="field-hint">{text.offersHint}</p>
      {offers.map((offer, i) => {
        const actionLabel = taxonomy.actionLabel(offer.action);
        return (
          <div key={offer.action} className="offer-row">
            <div className="field">
              <label className="field-label" htmlFor={`offer-action-${i}`}>
                {text.offerAction}
              </label>
              <select
                id={`offer-action-${i}`}
                className="input input-narrow"
                value={offer.action}
                onChange={(e) => set(i, { action: e.target.value as Action })}
              >
                {[offer.action, ...unused].map((a) => (
                  <option key={a} value={a}>
                    {taxonomy.actionLabel(a)}
                  </option>
                ))}
              </select>
            </div>
            <details>
              <summary>
                {actionLabel} — {text.offerObjects(offer.subcategories.length)}
              </summary>
              {(data?.categories ?? []).map((category) => (
                <fieldset key={category.id} className="offer-category">
                  <legend>{category.label}</legend>
                  <CheckboxList
                    options={category.subcategories.map((s) => ({ value: s.id, label: s.label }))}
                    value={offer.subcategories}
                    onChange={(subcategories) => set(i, { subcategories })}
                  />
                </fieldset>
              ))}
            </details>
            <button
              type="button"
              className="button button-link"
              onClick={() => onChange(offers.filter((_, k) => k !== i))}
            >
              {text.removeOffer(actionLabel)}
            </button>
          </div>
        );
      })}
      {unused.length > 0 && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...offers, { action: unused[0]!, subcategories: [] }])}
        >
          {text.addOffer}
        </button>
      )}
    </fieldset>
  );
}
