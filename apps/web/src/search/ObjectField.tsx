import { useQuery } from '@apollo/client/react';
import { RESOLVE_OBJECT_QUERY } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { Combobox } from './Combobox';
import { useDebouncedValue } from './useDebouncedValue';

export interface ObjectValue {
  text: string;
  subcategories: string[];
}

/** "canapé" → Meuble / Sièges…: suggestions from the API's `resolveObject` as the resident types. */
export function ObjectField({ value, onChange }: { value: ObjectValue; onChange(value: ObjectValue): void }) {
  const { t, apiLang } = useI18n();
  const text = useDebouncedValue(value.text.trim(), 200);
  const picked = value.subcategories.length > 0;
  const { data } = useQuery(RESOLVE_OBJECT_QUERY, {
    variables: { text, lang: apiLang, first: 6 },
    skip: text.length < 2 || picked,
  });
  const matches = picked ? [] : (data?.resolveObject ?? []);
  const options = matches.map((m) => ({
    key: m.subcategory.id,
    primary: m.subcategory.label,
    secondary:
      m.subcategory.category.label +
      (m.matchedText && m.matchedText.toLowerCase() !== m.subcategory.label.toLowerCase() ? ` · ${m.matchedText}` : ''),
  }));
  return (
    <Combobox
      inputId="object"
      label={t.objectLabel}
      hint={t.objectHint}
      value={value.text}
      options={options}
      listLabel={t.objectSuggestions}
      status={`${options.length} · ${t.objectSuggestions}`}
      onChange={(next) => onChange({ text: next, subcategories: [] })}
      onSelect={(option) => onChange({ text: option.primary, subcategories: [option.key] })}
    />
  );
}
