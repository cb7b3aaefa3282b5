import { useTaxonomy } from '../app/useTaxonomy';
import { ACTIONS, toggle, type Action } from '../search/search-state';

/** One checkbox per action ("Donner", "Réparer"…), for the suggestion forms. */
export function ActionChecks({ value, onChange }: { value: Action[]; onChange(value: Action[]): void }) {
  const taxonomy = useTaxonomy();
  return (
    <ul className="check-list">
      {ACTIONS.map((a) => (
        <li key={a}>
          <label className="check">
            <input type="checkbox" checked={value.includes(a)} onChange={() => onChange(toggle(value, a))} />
            <span>{taxonomy.actionLabel(a)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
