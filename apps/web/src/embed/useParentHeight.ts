import { useEffect, type RefObject } from 'react';
import { createHeightReporter } from './height-reporter';

/** Tells the framing page the height of `ref`'s content, on every change (ResizeObserver, debounced). */
export function useParentHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver !== 'function') return;
    // '*': the page only says how tall it is, which any framing site may know; the loader checks the origin.
    const reporter = createHeightReporter((message) => window.parent.postMessage(message, '*'));
    const observer = new ResizeObserver(() => reporter.report(element.getBoundingClientRect().height));
    observer.observe(element);
    reporter.report(element.getBoundingClientRect().height);
    return () => {
      observer.disconnect();
      reporter.dispose();
    };
  }, [ref]);
}
