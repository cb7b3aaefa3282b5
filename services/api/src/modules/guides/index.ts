// Guides module: the printable one-page guide of each commune (issue 12, "for people without a smartphone").
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

export { type GuideAgenda, type GuideEvent } from './guide-content';
export { eventsAgenda } from './events-agenda';
export { guidesRouter } from './guides.router';
