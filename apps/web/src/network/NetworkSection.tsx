import { matchPath } from '../app/router';
import { NetworkPage } from './NetworkPage';
import { StructurePage } from './StructurePage';

/** « Professionnels et collectivités » (/professionnels…): its own lazy chunk, outside the resident bundle. */
export function NetworkSection({ pathname }: { pathname: string }) {
  const structure = matchPath('/professionnels/structure/:id', pathname);
  if (structure) return <StructurePage key={structure.id} id={structure.id!} />;
  return <NetworkPage />;
}
