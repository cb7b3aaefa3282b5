import { useEffect, useRef } from 'react';

export interface FeedbackMessage {
  kind: 'success' | 'error';
  text: string;
}

/** The outcome of a form, announced and focused each time it changes, so nobody misses it. */
export function Feedback({ message }: { message: FeedbackMessage | null }) {
  const box = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) box.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p
      ref={box}
      tabIndex={-1}
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={`notice ${message.kind === 'error' ? 'notice-error' : 'notice-success'}`}
    >
      {message.text}
    </p>
  );
}
