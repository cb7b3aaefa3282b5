import { ADMIN_TOKEN_VIEWER, type Viewer } from '../../shared/viewer';
import { placePolicy, type SourcedPlace, type WritingSource } from './place.policy';

const ORG_A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const ORG_B = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const sourceA: WritingSource = { id: 'source-a', organizationId: ORG_A, priority: 100 };
const syndicate: WritingSource = { id: 'syndicate', organizationId: null, priority: 50 };
const priorities = new Map([
  ['source-a', 100],
  ['syndicate', 50],
  ['national', 80],
]);
/** A place an import of `creator` created, listed by it, with nothing set by hand. */
const imported = (creator: string, organizationId: string | null, extra: Partial<SourcedPlace> = {}): SourcedPlace => ({
  organizationId,
  createdBySourceId: creator,
  overrides: [],
  provenance: { name: creator },
  sources: [{ sourceId: creator }],
  ...extra,
});
const access = (source: WritingSource, place: SourcedPlace, how: 'listed' | 'match' | 'approved') =>
  placePolicy.sourceAccess(source, place, how, priorities);
const editorOf = (organizationId: string): Viewer => ({
  kind: 'user',
  userId: 'u',
  email: 'e@example.org',
  role: 'EDITOR',
  organizationId,
  sessionId: 's',
});

describe('which places an import may write', () => {
  it('lets an organisation’s source write only that organisation’s places, whatever its priority', () => {
    expect(access(sourceA, imported('other', ORG_A), 'listed')).toEqual({ allowed: true });
    expect(access(sourceA, imported('other', ORG_B), 'listed')).toEqual({
      allowed: false,
      reason: 'the place belongs to another organisation',
    });
    expect(access(sourceA, imported('demo', null), 'listed')).toMatchObject({ allowed: false });
  });

  it('lets the syndicate’s own sources (no organisation) enrich any organisation’s place', () => {
    expect(access(syndicate, imported('other', ORG_B), 'match')).toEqual({ allowed: true });
  });

  it('sends a match to review when the place was made by hand, has fields set by staff or a higher-priority source', () => {
    expect(access(syndicate, imported('other', null, { createdBySourceId: null }), 'match')).toEqual({
      allowed: false,
      reason: 'the place was created by hand',
    });
    expect(access(syndicate, imported('other', null, { overrides: ['openingHours'] }), 'match')).toMatchObject({
      allowed: false,
      reason: 'staff set fields of the place by hand',
    });
    expect(access(syndicate, imported('other', null, { provenance: { name: 'editor' } }), 'match')).toMatchObject({
      allowed: false,
    });
    expect(access(syndicate, imported('national', null), 'match')).toEqual({
      allowed: false,
      reason: 'a source of higher priority lists the place',
    });
    // Listed already (created by it, or accepted once): updated in spite of them; merge rules keep staff fields.
    expect(access(syndicate, imported('national', null), 'listed')).toEqual({ allowed: true });
    expect(access(sourceA, imported('other', ORG_B), 'approved')).toEqual({ allowed: true });
  });

  it('lets only the creating source close a place', () => {
    expect(placePolicy.sourceMayClose(sourceA, imported('source-a', ORG_A))).toBe(true);
    expect(placePolicy.sourceMayClose(sourceA, imported('other', ORG_A))).toBe(false);
    expect(placePolicy.sourceMayClose(syndicate, imported('other', null))).toBe(false);
  });

  it('lets a source manager accept a match only onto a place they may edit, unless the source could merge it itself', () => {
    const otherOrganisation = imported('other', ORG_B);
    expect(() => placePolicy.acceptMatch(editorOf(ORG_A), sourceA, otherOrganisation, priorities)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' }),
    );
    expect(() => placePolicy.acceptMatch(ADMIN_TOKEN_VIEWER, sourceA, otherOrganisation, priorities)).not.toThrow();
    expect(() => placePolicy.acceptMatch(editorOf(ORG_A), sourceA, imported('other', ORG_A), priorities)).not.toThrow();
  });
});
