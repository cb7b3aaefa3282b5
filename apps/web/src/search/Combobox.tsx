import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxOption {
  key: string;
  primary: string;
  secondary?: string;
}

interface ComboboxProps {
  label: string;
  hint?: string;
  value: string;
  placeholder?: string;
  options: ComboboxOption[];
  /** Accessible name of the suggestions list. */
  listLabel: string;
  /** Polite announcement, e.g. "3 suggestions". */
  status?: string;
  onChange(text: string): void;
  onSelect(option: ComboboxOption): void;
  /** Extra controls next to the input (e.g. "around me"). */
  children?: ReactNode;
  inputId?: string;
  autoComplete?: string;
  /** The longest text the input takes (the API refuses longer ones). */
  maxLength?: number;
}

/** WAI-ARIA 1.2 combobox with a list popup: arrows move, Enter picks, Escape closes. */
export function Combobox(props: ComboboxProps) {
  const generatedId = useId();
  const id = props.inputId ?? `combo-${generatedId}`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && props.options.length > 0;
  const activeOption = expanded && active >= 0 ? props.options[active] : undefined;

  function pick(option: ComboboxOption) {
    props.onSelect(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = props.options.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault();
      pick(activeOption);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="field combobox">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      <div className="combobox-row">
        <input
          id={id}
          type="text"
          role="combobox"
          className="input"
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={props.hint ? hintId : undefined}
          aria-activedescendant={activeOption ? `${id}-opt-${active}` : undefined}
          placeholder={props.placeholder}
          maxLength={props.maxLength}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {props.children}
      </div>
      <ul id={listId} role="listbox" aria-label={props.listLabel} className="combobox-list" hidden={!expanded}>
        {props.options.map((option, index) => (
          <li
            key={option.key}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox-option"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            <span className="combobox-primary">{option.primary}</span>
            {option.secondary && <span className="combobox-secondary">{option.secondary}</span>}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? props.status : ''}
      </p>
    </div>
  );
}
