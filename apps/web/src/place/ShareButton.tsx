import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** Native share sheet on phones, else copy the link; the outcome is announced. */
export function ShareButton({ title }: { title: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  async function share() {
    const url = window.location.href;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setMessage(t.shareCopied);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setMessage(t.shareFailed);
    }
  }
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void share()}>
        {t.share}
      </button>
      <span className="share-status" role="status">
        {message}
      </span>
    </>
  );
}
