import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { TextField } from '../../forms/TextField';
import { errorExtension, errorMessage } from '../../graphql/errors';
import { type ScheduledSource, UPDATE_SOURCE_OPTIONS_MUTATION } from './imports-operations';
import type { ImportsText } from './imports-text';

/** Formats whose sources read a data-fair dataset and so may need a licence accepted (Source.options). */
export const LICENCE_FORMATS = ['LVAO_CSV', 'SINOE', 'ECO_ORGANISMES'];

const optionsOf = (source: ScheduledSource) => (source.options ?? {}) as Record<string, unknown>;

/** The staff words for a refusal of updateSourceOptions (its extensions.reason), else the API's message. */
export function optionsProblem(error: unknown, text: ImportsText['options']): string {
  const reason = errorExtension<string>(error, 'reason');
  if (reason === 'LICENCE_TITLE_MISMATCH') return text.mismatch(errorExtension<string>(error, 'licence') ?? '');
  if (reason === 'LICENCE_NOT_CHECKABLE') return text.notCheckable;
  return `${text.refused} ${errorMessage(error)}`;
}

/**
 * « Licence acceptée » of one source (administrators): the exact title of a licence that is not open, which
 * the administrator has checked allows this use. The API compares it with the dataset's title and records
 * who changed it (Source.changes); the other options of the source are kept as they are.
 */
export function SourceOptionsForm({ source, text }: { source: ScheduledSource; text: ImportsText['options'] }) {
  const current =
    typeof optionsOf(source).acceptedLicence === 'string' ? String(optionsOf(source).acceptedLicence) : '';
  const [value, setValue] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(UPDATE_SOURCE_OPTIONS_MUTATION);
  const id = `source-licence-${source.id}`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const { acceptedLicence: _previous, ...others } = optionsOf(source);
    const options = value.trim() ? { ...others, acceptedLicence: value.trim() } : others;
    try {
      await save({ variables: { id: source.id, options: Object.keys(options).length > 0 ? options : null } });
      setSaved(true);
    } catch (error) {
      setProblem(optionsProblem(error, text));
    }
  }

  return (
    <form className="imports-source-options" onSubmit={(event) => void onSubmit(event)} noValidate>
      <TextField
        id={id}
        label={text.licence(source.name)}
        hint={text.hint}
        problem={problem ?? undefined}
        value={value}
        maxLength={300}
        onChange={(next) => {
          setValue(next);
          setSaved(false);
        }}
      />
      <button type="submit" className="button" disabled={saving.loading}>
        {text.save}
      </button>
      <p role="status" className="imports-source-options-status">
        {saved ? text.saved : ''}
      </p>
    </form>
  );
}
