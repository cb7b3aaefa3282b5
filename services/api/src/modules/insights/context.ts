import type { RequestInsights } from './request-insights';

// What the insights module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    /** Anonymous counters of this request (counts nothing for DNT: 1 / Sec-GPC: 1). */
    insights: RequestInsights;
  }
}
