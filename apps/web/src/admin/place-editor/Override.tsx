import type { ReactNode } from 'react';
import type { AdminText } from '../admin-text';
import type { PlaceForm } from '../place-form';

/** Which fields staff set by hand over the sources, and how to hand one back. */
export interface Overrides {
  /** The field's value is the staff's own, over what the sources say. */
  has(field: string): boolean;
  canClear: boolean;
  clear(field: string): void;
  text: AdminText;
}

/** What each section of the form gets: the form as typed, the words, the overrides and a way to change fields. */
export interface SectionProps {
  form: PlaceForm;
  text: AdminText;
  overrides: Overrides;
  onChange(patch: Partial<PlaceForm>): void;
}

/** "Edited by hand", with a button to hand the field back to the sources. */
export function Override({ field, label, overrides }: { field: string; label: string; overrides: Overrides }) {
  const { text } = overrides;
  if (!overrides.has(field)) return null;
  return (
    <span className="override">
      <span className="badge badge-override" title={text.overriddenHint}>
        {text.overridden}
      </span>
      {overrides.canClear && (
        <button type="button" className="button button-link" onClick={() => overrides.clear(field)}>
          {text.clearOverride(label)}
        </button>
      )}
    </span>
  );
}

/** A field's control with its override badge under it. */
export function Overridable(props: { field: string; label: string; overrides: Overrides; children: ReactNode }) {
  return (
    <div className="admin-field">
      {props.children}
      <Override field={props.field} label={props.label} overrides={props.overrides} />
    </div>
  );
}
