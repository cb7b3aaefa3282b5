import type { TypedDocumentNode } from '@apollo/client';
import impactDocument from './documents/impact.graphql';
import type { ImpactPageQuery, ImpactPageQueryVariables } from '../graphql/generated/operations';

/* The public impact page, against services/api/src/modules/impact/schema.graphql. */
export const IMPACT_PAGE_QUERY = impactDocument as TypedDocumentNode<ImpactPageQuery, ImpactPageQueryVariables>;
export type ImpactFigures = ImpactPageQuery['impact']['figures'];
