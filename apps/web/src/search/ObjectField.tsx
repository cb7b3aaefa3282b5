import { useEffect, useState } from 'react';
import { useMutate, useQuery } from '../graphql/hooks';
import {
  OBJECT_CATEGORIES_QUERY,
  REPORT_UNKNOWN_OBJECT_MUTATION,
  RESOLVE_OBJECT_QUERY,
  type Hazard,
  type SubcategoryMatch,
} from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { Combobox } from './Combobox';
import { HazardNotice } from './HazardNotice';
import { useDebouncedValue } from './useDebouncedValue';

export interface ObjectValue {
  text: string;
  subcategories: string[];
}

/** The API answers BAD_USER_INPUT past this length: the input never sends more. */
export const MAX_OBJECT_TEXT = 200;

/**
 * "canapé" → Meuble / Sièges…: suggestions from the API's `resolveObject` as the resident types;
 * approximate ones say so, an unknown text gets the categories to pick from, and a hazardous object
 * (asbestos, medicines…) says where it goes instead of a ressourcerie.
 */
export function ObjectField({ value, onChange }: { value: ObjectValue; onChange(value: ObjectValue): void }) {
  const { t, apiLang } = useI18n();
  const text = useDebouncedValue(value.text.trim(), 200);
  const picked = value.subcategories.length > 0;
  const { data, loading } = useQuery(RESOLVE_OBJECT_QUERY, {
    variables: { text, lang: apiLang, first: 6 },
    skip: text.length < 2 || picked,
  });
  const matches = picked ? [] : (data?.resolveObject ?? []);
  const hazards = useHazardsOf(matches);
  const nothingFits = !picked && !loading && text.length >= 2 && data !== undefined && matches.length === 0;
  const options = matches.map((m) => ({
    key: m.subcategory.id,
    primary: m.subcategory.label,
    secondary:
      m.subcategory.category.label +
      (m.matchedText && m.matchedText.toLowerCase() !== m.subcategory.label.toLowerCase()
        ? ` · ${m.matchedText}`
        : '') +
      (m.confidence === 'LOW' ? ` · ${t.objectApproximate}` : ''),
  }));
  const pickedHazard = picked ? hazards.get(value.subcategories[0]!) : undefined;
  return (
    <>
      <Combobox
        inputId="object"
        label={t.objectLabel}
        hint={t.objectHint}
        value={value.text}
        maxLength={MAX_OBJECT_TEXT}
        options={options}
        listLabel={t.objectSuggestions}
        status={`${options.length} · ${t.objectSuggestions}`}
        onChange={(next) => onChange({ text: next, subcategories: [] })}
        onSelect={(option) => onChange({ text: option.primary, subcategories: [option.key] })}
      />
      {nothingFits && (
        <CategoryPicker text={text} onPick={(id, label) => onChange({ text: label, subcategories: [id] })} />
      )}
      {pickedHazard && <HazardNotice hazard={pickedHazard} />}
    </>
  );
}

/** Hazards of the sub-categories suggested so far, kept once one is picked (the query then stops). */
function useHazardsOf(matches: SubcategoryMatch[]): Map<string, Hazard> {
  const [hazards, setHazards] = useState(() => new Map<string, Hazard>());
  useEffect(() => {
    const found = matches.filter((m) => m.subcategory.hazard && !hazards.has(m.subcategory.id));
    if (found.length === 0) return;
    setHazards((previous) => {
      const next = new Map(previous);
      for (const m of found) next.set(m.subcategory.id, m.subcategory.hazard!);
      return next;
    });
  }, [matches, hazards]);
  return hazards;
}

/**
 * "When nothing fits": say so plainly and offer every category to pick from; the pick is reported
 * (anonymously, counted by text) so staff see what the vocabulary lacks.
 */
function CategoryPicker({ text, onPick }: { text: string; onPick(id: string, label: string): void }) {
  const { t, apiLang } = useI18n();
  const { data } = useQuery(OBJECT_CATEGORIES_QUERY, { variables: { lang: apiLang } });
  const report = useMutate(REPORT_UNKNOWN_OBJECT_MUTATION);
  return (
    <div className="field object-unknown" role="status">
      <label htmlFor="object-category" className="field-label">
        {t.objectUnknown(text)}
      </label>
      <select
        id="object-category"
        className="input"
        defaultValue=""
        onChange={(event) => {
          const id = event.target.value;
          const label = event.target.selectedOptions[0]?.textContent ?? id;
          if (!id) return;
          // Best effort: the resident's search goes on whatever the answer.
          report({ variables: { text, pickedSubcategoryId: id } }).catch(() => undefined);
          onPick(id, label);
        }}
      >
        <option value="" disabled>
          {t.objectPickCategory}
        </option>
        {(data?.categories ?? []).map((category) => (
          <optgroup key={category.id} label={category.label}>
            {category.subcategories.map((subcategory) => (
              <option key={subcategory.id} value={subcategory.id}>
                {subcategory.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
