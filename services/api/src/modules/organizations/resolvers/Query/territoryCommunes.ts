import { territoryCommunes as list } from '../../territory-communes';

export const territoryCommunes = () => list();
