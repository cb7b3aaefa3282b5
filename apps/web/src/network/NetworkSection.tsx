import { matchPath } from '../app/router';
import { BoardPage } from './board/BoardPage';
import { NetworkPage } from './NetworkPage';
import { StructureEditPage } from './StructureEditPage';
import { StructurePage } from './StructurePage';
import { TerritoryPage } from './TerritoryPage';

/** « Professionnels et collectivités » (/professionnels…): its own lazy chunk, outside the resident bundle. */
export function NetworkSection({ pathname }: { pathname: string }) {
  if (matchPath('/professionnels/bourse', pathname)) return <BoardPage />;
  if (matchPath('/professionnels/territoire', pathname)) return <TerritoryPage />;
  const edit = matchPath('/professionnels/structure/:id/modifier', pathname);
  if (edit) return <StructureEditPage key={edit.id} id={edit.id!} />;
  const structure = matchPath('/professionnels/structure/:id', pathname);
  if (structure) return <StructurePage key={structure.id} id={structure.id!} />;
  return <NetworkPage />;
}
