import type { PlaceNoticeInput, PlaceNoticeKind } from './notices-operations';

/** What staff type for a notice; `noticeInput` makes the API's input of it. */
export interface NoticeForm {
  kind: PlaceNoticeKind;
  startsOn: string;
  endsOn: string;
  reason: string;
  message: string;
  openingHours: string;
  seasons: { from: string; to: string; openingHours: string }[];
}

export const MESSAGE_MAX = 280;

export const emptyNoticeForm: NoticeForm = {
  kind: 'CLOSURE',
  startsOn: '',
  endsOn: '',
  reason: '',
  message: '',
  openingHours: '',
  seasons: [
    { from: '04-01', to: '09-30', openingHours: '' },
    { from: '10-01', to: '03-31', openingHours: '' },
  ],
};

const text = (value: string) => value.trim() || null;

/** Only the fields of the chosen kind: the API checks them and says which one is wrong. */
export function noticeInput(form: NoticeForm): PlaceNoticeInput {
  switch (form.kind) {
    case 'CLOSURE':
      return { kind: form.kind, startsOn: text(form.startsOn), endsOn: text(form.endsOn), reason: text(form.reason) };
    case 'EXCEPTIONAL_HOURS':
      return {
        kind: form.kind,
        startsOn: text(form.startsOn),
        endsOn: text(form.endsOn),
        reason: text(form.reason),
        openingHours: text(form.openingHours),
      };
    case 'NOTICE':
      return { kind: form.kind, startsOn: text(form.startsOn), endsOn: text(form.endsOn), message: text(form.message) };
    case 'SEASONAL_HOURS':
      return {
        kind: form.kind,
        // A season left without hours is not sent: one season is enough (the rest of the year keeps the usual hours).
        seasons: form.seasons
          .filter((s) => s.openingHours.trim())
          .map((s) => ({ from: s.from.trim(), to: s.to.trim(), openingHours: s.openingHours.trim() })),
      };
  }
}

/** Communes typed one a line (or separated by commas or semicolons), without blanks or repeats. */
export function communeList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\n,;]+/)
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
}
