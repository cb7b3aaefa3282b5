import { useQuery } from '@apollo/client/react';
import { useTaxonomy } from '../app/useTaxonomy';
import { useI18n } from '../i18n/I18nContext';
import { CATEGORIES_QUERY } from './admin-operations';
import type { ValueNames } from './format-value';

/**
 * Names of taxonomy ids (sub-categories, labels, actions, kinds) in the reader's language, for diffs and history.
 * `ready` is false until the sub-category names have loaded: screens wait for it rather than show raw ids.
 */
export function useValueNames(): ValueNames & { ready: boolean } {
  const { apiLang } = useI18n();
  const taxonomy = useTaxonomy();
  const { data } = useQuery(CATEGORIES_QUERY, { variables: { lang: apiLang } });
  const subcategories = new Map(
    (data?.categories ?? []).flatMap((c) => c.subcategories.map((s) => [s.id, s.label] as const)),
  );
  return {
    ready: data !== undefined,
    subcategory: (id) => subcategories.get(id) ?? id,
    label: (id) => taxonomy.labelName(id),
    action: (id) => taxonomy.actionLabel(id),
    kind: (id) => taxonomy.kindLabel(id),
  };
}
