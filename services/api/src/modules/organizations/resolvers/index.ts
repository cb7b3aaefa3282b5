import { addCompetence } from './Mutation/addCompetence';
import { updateStructureProfile } from './Mutation/updateStructureProfile';
import { competences } from './Query/competences';
import { organizations } from './Query/organizations';
import { structure } from './Query/structure';
import { structures } from './Query/structures';

export const organizationsResolvers = {
  Query: { organizations, competences, structure, structures },
  Mutation: { updateStructureProfile, addCompetence },
};
