import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { RESOLVE_OBJECT_QUERY } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { Combobox } from '../search/Combobox';
import { useDebouncedValue } from '../search/useDebouncedValue';

export interface PickedObject {
  id: string;
  label: string;
}

/** Several sub-categories, found through `resolveObject` from the partner's own words. */
export function ObjectPicker(props: {
  label: string;
  hint: string;
  listLabel: string;
  removeLabel(label: string): string;
  value: PickedObject[];
  onChange(value: PickedObject[]): void;
}) {
  const { apiLang } = useI18n();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const { data } = useQuery(RESOLVE_OBJECT_QUERY, {
    variables: { text: query, lang: apiLang, first: 6 },
    skip: query.length < 2,
  });
  const chosen = new Set(props.value.map((o) => o.id));
  const options = (query.length >= 2 ? (data?.resolveObject ?? []) : [])
    .filter((m) => !chosen.has(m.subcategory.id))
    .map((m) => ({ key: m.subcategory.id, primary: m.subcategory.label, secondary: m.subcategory.category.label }));
  return (
    <div className="object-picker">
      <Combobox
        inputId="widget-objects"
        label={props.label}
        hint={props.hint}
        value={text}
        options={options}
        listLabel={props.listLabel}
        status={`${options.length} · ${props.listLabel}`}
        onChange={setText}
        onSelect={(option) => {
          props.onChange([...props.value, { id: option.key, label: option.primary }]);
          setText('');
        }}
      />
      {props.value.length > 0 && (
        <ul className="chips" aria-label={props.label}>
          {props.value.map((o) => (
            <li key={o.id} className="chip">
              <span>{o.label}</span>
              <button
                type="button"
                aria-label={props.removeLabel(o.label)}
                onClick={() => props.onChange(props.value.filter((v) => v.id !== o.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
