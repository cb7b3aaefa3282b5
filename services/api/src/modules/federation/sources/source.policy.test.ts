import { ADMIN_TOKEN_VIEWER, ANONYMOUS, type Role, type Viewer } from '../../../shared/viewer';
import { sourcePolicy } from './source.policy';

const user = (role: Role, organizationId: string | null): Viewer => ({
  kind: 'user',
  userId: 'u',
  email: 'e@x.fr',
  role,
  organizationId,
  sessionId: 's',
});
const source = { organizationId: 'org-a' };
const cases: [string, Viewer, boolean | 'UNAUTHENTICATED'][] = [
  ['anonymous', ANONYMOUS, 'UNAUTHENTICATED'],
  ['admin token', ADMIN_TOKEN_VIEWER, true],
  ['admin', user('ADMIN', null), true],
  ['editor of the organisation', user('EDITOR', 'org-a'), true],
  ['editor of another organisation', user('EDITOR', 'org-b'), false],
  ['structure of the organisation', user('STRUCTURE', 'org-a'), false],
  ['moderator', user('MODERATOR', null), false],
];

describe('sourcePolicy.manage', () => {
  it.each(cases)('%s: allowed=%s', (_name, viewer, expected) => {
    const attempt = () => sourcePolicy.manage(viewer, source);
    if (expected === true) expect(attempt).not.toThrow();
    else
      expect(attempt).toThrow(expect.objectContaining({ code: expected === false ? 'FORBIDDEN' : 'UNAUTHENTICATED' }));
  });
});
