import type { TypedDocumentNode } from '@apollo/client';
import declareImpactDocument from './documents/declare-impact.graphql';
import impactDeclarationsDocument from './documents/impact-declarations.graphql';
import impactVocabularyDocument from './documents/impact-vocabulary.graphql';
import importImpactCsvDocument from './documents/import-impact-csv.graphql';
import rejectDocument from './documents/reject-impact-declaration.graphql';
import validateDocument from './documents/validate-impact-declaration.graphql';
import type {
  DeclareImpactMutation,
  DeclareImpactMutationVariables,
  ImpactDeclarationsQuery,
  ImpactDeclarationsQueryVariables,
  ImpactVocabularyQuery,
  ImpactVocabularyQueryVariables,
  ImportImpactCsvMutation,
  ImportImpactCsvMutationVariables,
  RejectImpactDeclarationMutation,
  RejectImpactDeclarationMutationVariables,
  ValidateImpactDeclarationMutation,
  ValidateImpactDeclarationMutationVariables,
} from '../../graphql/generated/operations';

/* « Impact » in the back-office, against services/api/src/modules/impact/schema.graphql. */
export type ImpactDeclaration = ImpactDeclarationsQuery['impactDeclarations'][number];
export type ImpactCategory = ImpactVocabularyQuery['categories'][number];
export type CsvRowProblem = ImportImpactCsvMutation['importImpactCsv']['refusedRows'][number];

export const IMPACT_DECLARATIONS_QUERY = impactDeclarationsDocument as TypedDocumentNode<
  ImpactDeclarationsQuery,
  ImpactDeclarationsQueryVariables
>;
export const IMPACT_VOCABULARY_QUERY = impactVocabularyDocument as TypedDocumentNode<
  ImpactVocabularyQuery,
  ImpactVocabularyQueryVariables
>;
export const DECLARE_IMPACT_MUTATION = declareImpactDocument as TypedDocumentNode<
  DeclareImpactMutation,
  DeclareImpactMutationVariables
>;
export const IMPORT_IMPACT_CSV_MUTATION = importImpactCsvDocument as TypedDocumentNode<
  ImportImpactCsvMutation,
  ImportImpactCsvMutationVariables
>;
export const VALIDATE_IMPACT_MUTATION = validateDocument as TypedDocumentNode<
  ValidateImpactDeclarationMutation,
  ValidateImpactDeclarationMutationVariables
>;
export const REJECT_IMPACT_MUTATION = rejectDocument as TypedDocumentNode<
  RejectImpactDeclarationMutation,
  RejectImpactDeclarationMutationVariables
>;
