import { createSource } from './Mutation/createSource';
import { reviewMatch } from './Mutation/reviewMatch';
import { runSource } from './Mutation/runSource';
import { updateSource } from './Mutation/updateSource';
import { importRun } from './Query/importRun';
import { importRuns } from './Query/importRuns';
import { matchReviews } from './Query/matchReviews';
import { source } from './Query/source';
import { sources } from './Query/sources';
import { ImportRun, MatchReview, Source } from './types';

export const federationResolvers = {
  Query: { sources, source, importRuns, importRun, matchReviews },
  Mutation: { createSource, updateSource, runSource, reviewMatch },
  Source,
  ImportRun,
  MatchReview,
};
