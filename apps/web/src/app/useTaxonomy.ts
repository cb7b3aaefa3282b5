import { useMemo } from 'react';
import { useQuery } from '../graphql/hooks';
import { TAXONOMY_QUERY, type TaxonomyData } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';

export interface Taxonomy {
  data: TaxonomyData | undefined;
  actionLabel(id: string): string;
  kindLabel(id: string): string;
  labelName(id: string): string;
}

const humanize = (id: string) => id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' ');

/** Labels of actions, place kinds and labels in the current language, from the API. */
export function useTaxonomy(): Taxonomy {
  const { apiLang } = useI18n();
  const { data } = useQuery(TAXONOMY_QUERY, { variables: { lang: apiLang } });
  return useMemo(() => {
    const actions = new Map(data?.actions.map((a) => [a.id as string, a.label]));
    const kinds = new Map(data?.placeKinds.map((k) => [k.id as string, k.label]));
    const labels = new Map(data?.labels.map((l) => [l.id, l.label]));
    return {
      data,
      actionLabel: (id) => actions.get(id) ?? humanize(id),
      kindLabel: (id) => kinds.get(id) ?? humanize(id),
      labelName: (id) => labels.get(id) ?? id.toUpperCase(),
    };
  }, [data]);
}
