import { lastSeenAtOf } from '../../places/last-seen';

const written = new Date('2025-03-01T04:00:00Z');
const confirmed = new Date('2025-03-08T04:00:00Z');

describe('when a source last listed a place', () => {
  it("is its source's last complete run, unless the entry was written later", () => {
    expect(lastSeenAtOf({ lastSeenAt: written }, 'PUBLISHED', confirmed)).toEqual(confirmed);
    expect(lastSeenAtOf({ lastSeenAt: confirmed }, 'CLOSED', written)).toEqual(confirmed);
  });

  it("is the entry's own date when that run missed it, the place is archived or the source never completed a run", () => {
    expect(lastSeenAtOf({ lastSeenAt: written, missed: true }, 'PUBLISHED', confirmed)).toEqual(written);
    expect(lastSeenAtOf({ lastSeenAt: written }, 'ARCHIVED', confirmed)).toEqual(written);
    expect(lastSeenAtOf({ lastSeenAt: written }, 'PUBLISHED', null)).toEqual(written);
  });
});
