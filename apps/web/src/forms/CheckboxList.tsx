import { toggle } from '../search/search-state';

/** One box of a list: its value, its words and, for filters, how many results ticking it would give. */
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** Shown after the label; a box with none to give (0) and not ticked is dimmed. */
  count?: number;
}

interface ChoiceListProps<T extends string> {
  options: readonly ChoiceOption<T>[];
  /** The inputs' `name` (form semantics, tests); none by default. */
  name?: string;
  /** One choice a line rather than flowing side by side. */
  column?: boolean;
}

/** A `check-list` of ticked boxes: `onChange` gets the list with the toggled value added or removed. */
export function CheckboxList<T extends string>({
  value,
  onChange,
  ...list
}: ChoiceListProps<T> & { value: readonly T[]; onChange(value: T[]): void }) {
  return (
    <ChoiceList
      {...list}
      type="checkbox"
      isChecked={(v) => value.includes(v)}
      onPick={(v) => onChange(toggle([...value], v))}
    />
  );
}

/** The same list as radio buttons: one value at a time. */
export function RadioList<T extends string>({
  value,
  onChange,
  ...list
}: ChoiceListProps<T> & { value: T; onChange(value: T): void }) {
  return <ChoiceList {...list} type="radio" isChecked={(v) => v === value} onPick={onChange} />;
}

/** A single labelled checkbox (the same look as the lists' boxes). */
export function Checkbox(props: { label: string; checked: boolean; name?: string; onChange(checked: boolean): void }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={() => props.onChange(!props.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

function ChoiceList<T extends string>(
  props: ChoiceListProps<T> & {
    type: 'checkbox' | 'radio';
    isChecked(value: T): boolean;
    onPick(value: T): void;
  },
) {
  return (
    <ul className={props.column ? 'check-list check-list-column' : 'check-list'}>
      {props.options.map((option) => {
        const checked = props.isChecked(option.value);
        const empty = option.count === 0 && !checked;
        return (
          <li key={option.value}>
            <label className={empty ? 'check is-empty' : 'check'}>
              <input
                type={props.type}
                name={props.name}
                value={props.type === 'radio' ? option.value : undefined}
                checked={checked}
                onChange={() => props.onPick(option.value)}
              />
              <span>{option.label}</span>
              {option.count !== undefined && <span className="count">({option.count})</span>}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
