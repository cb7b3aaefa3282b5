import { useEffect, useState } from 'react';
import { Combobox } from '../search/Combobox';
import { geocode, searchTowns, type LocationChoice } from '../search/locations';
import { useDebouncedValue } from '../search/useDebouncedValue';

/**
 * A Cotentin town from the offline list; with `geocoderUrl` (the back-office's address search), also
 * the BAN geocoder's addresses, which carry street, postcode and INSEE code.
 */
export function TownPicker(props: {
  id: string;
  label: string;
  hint: string;
  listLabel: string;
  initial: string;
  geocoderUrl?: string | null;
  onPick(choice: LocationChoice): void;
}) {
  const [text, setText] = useState(props.initial);
  const [picked, setPicked] = useState(props.initial !== '');
  const [remote, setRemote] = useState<LocationChoice[]>([]);
  const query = useDebouncedValue(text, 300);
  const { geocoderUrl } = props;
  useEffect(() => {
    if (!geocoderUrl || picked || query.trim().length < 3) {
      setRemote([]);
      return;
    }
    const controller = new AbortController();
    void geocode(geocoderUrl, query, controller.signal).then((found) => {
      if (!controller.signal.aborted) setRemote(found);
    });
    return () => controller.abort();
  }, [geocoderUrl, picked, query]);
  const local = picked ? [] : searchTowns(text, 8);
  const seen = new Set(local.map((c) => c.label.toLowerCase()));
  const choices = [...local, ...remote.filter((c) => !seen.has(c.label.toLowerCase()))].slice(0, 10);
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
