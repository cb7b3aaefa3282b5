import { useState } from 'react';
import { Combobox } from '../search/Combobox';
import { searchTowns, type LocationChoice } from '../search/locations';

/** A Cotentin town from the offline list (no geocoder needed for partners). */
export function TownPicker(props: {
  id: string;
  label: string;
  hint: string;
  listLabel: string;
  initial: string;
  onPick(choice: LocationChoice): void;
}) {
  const [text, setText] = useState(props.initial);
  const [picked, setPicked] = useState(props.initial !== '');
  const choices = picked ? [] : searchTowns(text, 8);
  return (
    <Combobox
      inputId={props.id}
      label={props.label}
      hint={props.hint}
      value={text}
      options={choices.map((c) => ({ key: c.label, primary: c.label, secondary: c.detail }))}
      listLabel={props.listLabel}
      status={`${choices.length} · ${props.listLabel}`}
      autoComplete="off"
      onChange={(next) => {
        setText(next);
        setPicked(false);
      }}
      onSelect={(option) => {
        const choice = choices.find((c) => c.label === option.key);
        if (!choice) return;
        setText(choice.label);
        setPicked(true);
        props.onPick(choice);
      }}
    />
  );
}
