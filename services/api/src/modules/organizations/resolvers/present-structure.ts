import type { Context } from '../../../shared/context';
import { listCompetences } from '../competences.service';
import { organizationPolicy, territoryOf } from '../organization.policy';
import type { StructureView } from '../profile.service';
import { toEntry } from '../profile.service';

/** Presents structures to this viewer: competence labels, and non-public fields only where allowed. */
export async function structurePresenter(ctx: Context) {
  const [competences, territory] = await Promise.all([listCompetences(), territoryOf(ctx.viewer)]);
  const labels = new Map(competences.map((c) => [c.code, c.label]));
  return {
    territory,
    present(view: StructureView) {
      const entry = toEntry(view);
      const communes = [...entry.communes, ...entry.competences.flatMap((c) => c.communes)];
      const allowed = organizationPolicy.readsPrivate(ctx.viewer, { id: view.id, communes }, territory);
      return {
        ...view,
        competences: view.competences.map((c) => ({ ...c, label: labels.get(c.code) ?? c.code })),
        insertionJobs: allowed ? view.insertionJobs : null,
        contactPerson: allowed ? view.contactPerson : null,
      };
    },
  };
}
