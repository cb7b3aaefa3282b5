import { createSource } from './Mutation/createSource';
import { decidePendingClosure } from './Mutation/decidePendingClosure';
import { pendingClosures } from './Query/pendingClosures';
import { importUpload } from './Mutation/importUpload';
import { reviewMatch } from './Mutation/reviewMatch';
import { runSource } from './Mutation/runSource';
import { updateSource } from './Mutation/updateSource';
import { updateSourceOptions } from './Mutation/updateSourceOptions';
import { importPreview } from './Query/importPreview';
import { importRun } from './Query/importRun';
import { importRuns } from './Query/importRuns';
import { matchReviews } from './Query/matchReviews';
import { source } from './Query/source';
import { sources } from './Query/sources';
import { ImportRun, MatchReview, PendingClosure, Source, SourceChange } from './types';

export const federationResolvers = {
  Query: { sources, source, importRuns, importRun, matchReviews, importPreview, pendingClosures },
  Mutation: {
    createSource,
    updateSource,
    updateSourceOptions,
    runSource,
    reviewMatch,
    importUpload,
    decidePendingClosure,
  },
  SourceChange,
  Source,
  ImportRun,
  MatchReview,
  PendingClosure,
};
