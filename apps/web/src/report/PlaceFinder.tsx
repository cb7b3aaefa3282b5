import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTaxonomy } from '../app/useTaxonomy';
import { FIND_PLACES_QUERY, type FoundPlace } from '../graphql/suggestion-operations';
import { Combobox } from '../search/Combobox';
import { useDebouncedValue } from '../search/useDebouncedValue';

/** Picks a published place by name (for "listed twice: which one to keep?"). */
export function PlaceFinder(props: {
  id: string;
  label: string;
  hint: string;
  listLabel: string;
  excludeId?: string;
  onPick(place: FoundPlace | null): void;
}) {
  const taxonomy = useTaxonomy();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState(false);
  const query = useDebouncedValue(text.trim(), 250);
  const { data } = useQuery(FIND_PLACES_QUERY, { variables: { text: query }, skip: query.length < 2 || picked });
  const places = picked ? [] : (data?.places.edges.map((e) => e.node) ?? []).filter((p) => p.id !== props.excludeId);
  return (
    <Combobox
      inputId={props.id}
      label={props.label}
      hint={props.hint}
      value={text}
      options={places.map((p) => ({
        key: p.id,
        primary: p.name,
        secondary: [taxonomy.kindLabel(p.kind), p.address.commune].filter(Boolean).join(' · '),
      }))}
      listLabel={props.listLabel}
      status={`${places.length} · ${props.listLabel}`}
      onChange={(next) => {
        setText(next);
        setPicked(false);
        props.onPick(null);
      }}
      onSelect={(option) => {
        const place = places.find((p) => p.id === option.key);
        if (!place) return;
        setText(place.name);
        setPicked(true);
        props.onPick(place);
      }}
    />
  );
}
