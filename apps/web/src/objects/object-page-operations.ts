import type { TypedDocumentNode } from '@apollo/client';
import objectPageDocument from '../graphql/documents/object-page.graphql';
import type { ApiLang, Hazard } from '../graphql/operations';
import type { Action } from '../search/search-state';

export interface ObjectPageMatch {
  confidence: 'HIGH' | 'MEDIUM' | 'LOW';
  matchedText: string;
  /** With no condition in the text: every fitting action, or a hazardous object's channel only. */
  suggestedActions: Action[];
  subcategory: {
    id: string;
    label: string;
    reusePossible: boolean;
    category: { id: string; label: string };
    hazard: Hazard | null;
  };
}

export const OBJECT_PAGE_QUERY = objectPageDocument as TypedDocumentNode<
  { resolveObject: ObjectPageMatch[] },
  { text: string; lang: ApiLang }
>;
