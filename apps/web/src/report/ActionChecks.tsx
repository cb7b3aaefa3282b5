import { useTaxonomy } from '../app/useTaxonomy';
import { CheckboxList } from '../forms/CheckboxList';
import { ACTIONS, type Action } from '../search/search-state';

/** One checkbox per action ("Donner", "Réparer"…), for the suggestion forms. */
export function ActionChecks({ value, onChange }: { value: Action[]; onChange(value: Action[]): void }) {
  const taxonomy = useTaxonomy();
  return (
    <CheckboxList
      options={ACTIONS.map((a) => ({ value: a, label: taxonomy.actionLabel(a) }))}
      value={value}
      onChange={onChange}
    />
  );
}
