import { useId } from 'react';
import { useClipboardCopy } from '../forms/useClipboardCopy';

/** Read-only code with a copy button; the outcome is announced through a polite live region. */
export function CopyableSnippet(props: {
  code: string;
  label: string;
  hint: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
}) {
  const id = useId();
  const { field, status, copy } = useClipboardCopy<HTMLTextAreaElement>({
    copied: props.copiedText,
    failed: props.failedText,
  });

  return (
    <div className="snippet">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {props.hint}
      </p>
      <textarea
        id={id}
        ref={field}
        className="input snippet-code"
        readOnly
        spellCheck={false}
        rows={Math.min(16, props.code.split('\n').length + 1)}
        value={props.code}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="snippet-actions">
        <button type="button" className="button button-primary" onClick={() => void copy(props.code)}>
          {props.copyLabel}
        </button>
        <p className="field-message" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
