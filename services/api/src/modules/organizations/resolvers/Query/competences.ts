import { listCompetences } from '../../competences.service';

export const competences = () => listCompetences();
