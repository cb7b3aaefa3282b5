import { organizations } from './Query/organizations';

export const organizationsResolvers = {
  Query: { organizations },
};
