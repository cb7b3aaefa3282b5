import { addCompetence } from './Mutation/addCompetence';
import { updateOrganization } from './Mutation/updateOrganization';
import { updateStructureProfile } from './Mutation/updateStructureProfile';
import { communesWithoutPosition } from './Query/communesWithoutPosition';
import { competences } from './Query/competences';
import { networkCommunes } from './Query/networkCommunes';
import { networkGaps } from './Query/networkGaps';
import { organizations } from './Query/organizations';
import { structure } from './Query/structure';
import { structures } from './Query/structures';
import { territoryCommunes } from './Query/territoryCommunes';
import { Structure } from './Structure';

export const organizationsResolvers = {
  Query: {
    organizations,
    competences,
    structure,
    structures,
    networkGaps,
    communesWithoutPosition,
    networkCommunes,
    territoryCommunes,
  },
  Mutation: { updateStructureProfile, addCompetence, updateOrganization },
  Structure,
};
