import { pino, type Logger } from 'pino';

/** Structured JSON logs (pino); one logger per process, children carry request ids. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'reemploi-api' } });
}
export type { Logger };
