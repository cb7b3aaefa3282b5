import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ORGANIZATIONS_QUERY } from '../accounts/accounts-operations';
import type { Viewer } from '../admin-operations';

/**
 * Whose months the page declares and lists: a structure's (and an editor's) own organisation; an
 * administrator picks one (the API refuses a structure any other).
 */
export function useImpactOrganization(viewer: Viewer) {
  const picks = viewer.role === 'ADMIN';
  const { data } = useQuery(ORGANIZATIONS_QUERY, { skip: !picks });
  const [picked, setPicked] = useState<string>('');
  const organizations = data?.organizations ?? [];
  const organizationId = picks ? picked || (organizations[0]?.id ?? '') : (viewer.organizationId ?? '');
  return { picks, organizations, organizationId, setPicked };
}
