import { RadioList } from './CheckboxList';

/** A fieldset of radio buttons under its legend: `options` are [value, words] pairs. */
export function RadioFieldset<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      <RadioList
        name={props.name}
        options={props.options.map(([value, label]) => ({ value, label }))}
        value={props.value}
        onChange={props.onChange}
      />
    </fieldset>
  );
}
