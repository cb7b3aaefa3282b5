import { useEffect, useId, useRef } from 'react';
import { useClipboardCopy } from '../../forms/useClipboardCopy';
import { useI18n } from '../../i18n/I18nContext';
import type { PasswordLink } from './accounts-operations';
import type { AccountsText } from './accounts-text';
import { formatDateTime } from './format-date';

/** A one-time password link to pass on: in a read-only field with a copy button; focused when shown. */
export function PasswordLinkBox({
  email,
  link,
  intro,
  text,
}: {
  email: string;
  link: PasswordLink;
  /** What just happened ("Account created for …"), read out first. */
  intro?: string;
  text: AccountsText;
}) {
  const { locale } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { field, status, setStatus, copy } = useClipboardCopy<HTMLInputElement>({
    copied: text.copied,
    failed: text.copyFailed,
  });
  useEffect(() => {
    setStatus('');
    heading.current?.focus();
  }, [link, setStatus]);

  return (
    <section className="password-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {text.linkFor(email)}
      </h3>
      {intro && <p>{intro}</p>}
      <label htmlFor={`${id}-url`} className="field-label">
        {text.linkLabel}
      </label>
      <div className="password-link-row">
        <input
          ref={field}
          id={`${id}-url`}
          className="input"
          readOnly
          value={link.url}
          aria-describedby={`${id}-facts`}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy(link.url)}>
          {text.copy}
        </button>
      </div>
      <p id={`${id}-facts`} className="field-hint">
        {text.linkExpires(formatDateTime(link.expiresAt, locale))}{' '}
        {link.emailed ? text.linkEmailed(email) : text.linkNotEmailed}
      </p>
      <p role="status" className="field-hint">
        {status}
      </p>
    </section>
  );
}
