import { useRef, useState } from 'react';

/**
 * Copies a read-only field's value, with the outcome to show in a live region. Without a clipboard
 * (plain http, permissions, some iframes) the field's text is selected for Ctrl+C instead.
 */
export function useClipboardCopy<T extends HTMLInputElement | HTMLTextAreaElement>(messages: {
  copied: string;
  failed: string;
}) {
  const field = useRef<T>(null);
  const [status, setStatus] = useState('');

  async function copy(value: string) {
    // Cleared first, so that copying again is announced again.
    setStatus('');
    try {
      await navigator.clipboard.writeText(value);
      setStatus(messages.copied);
    } catch {
      field.current?.select();
      setStatus(messages.failed);
    }
  }

  return { field, status, setStatus, copy };
}
