import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useI18n } from '../../i18n/I18nContext';
import { CATEGORIES_QUERY } from '../admin-operations';
import { useErrorText } from '../useErrorText';
import {
  ADD_OBJECT_SYNONYM_MUTATION,
  REMOVE_OBJECT_SYNONYM_MUTATION,
  UNKNOWN_OBJECTS_QUERY,
  type UnknownObjectQuery,
} from './vocabulary-operations';
import { useVocabularyText } from './vocabulary-text';

/** `/admin/vocabulaire`: what residents typed that matched nothing, turned into synonyms by staff. */
export function VocabularyPage() {
  const text = useVocabularyText();
  const { apiLang, lang } = useI18n();
  const errorText = useErrorText();
  usePageTitle(text.title);
  const { data, loading, error, refetch } = useQuery(UNKNOWN_OBJECTS_QUERY, {
    variables: { lang: apiLang },
    fetchPolicy: 'network-only',
  });
  const [remove] = useMutation(REMOVE_OBJECT_SYNONYM_MUTATION);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR');
  return (
    <section className="admin-page" aria-labelledby="vocabulary-title">
      <h1 id="vocabulary-title">{text.title}</h1>
      <p>{text.intro}</p>
      {loading && !data && <p role="status">{text.loading}</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {data && (
        <>
          <h2>{text.unknownTitle}</h2>
          {data.unknownObjectQueries.length === 0 ? (
            <p>{text.noUnknown}</p>
          ) : (
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{text.text}</th>
                  <th scope="col">{text.count}</th>
                  <th scope="col">{text.lastSeen}</th>
                  <th scope="col">{text.picked}</th>
                  <th scope="col">{text.addAs}</th>
                </tr>
              </thead>
              <tbody>
                {data.unknownObjectQueries.map((row) => (
                  <tr key={row.text}>
                    <th scope="row">{row.text}</th>
                    <td>{row.count}</td>
                    <td>{date(row.lastSeenAt)}</td>
                    <td>{row.picked.map((p) => `${p.subcategory.label} (${p.count})`).join(', ')}</td>
                    <td>
                      <AddSynonym row={row} onAdded={() => void refetch()} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{text.synonymsTitle}</h2>
          {data.objectSynonyms.length === 0 ? (
            <p>{text.noSynonyms}</p>
          ) : (
            <ul>
              {data.objectSynonyms.map((synonym) => (
                <li key={synonym.id}>
                  « {synonym.term} » → {synonym.subcategory.label}{' '}
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`${text.remove} « ${synonym.term} »`}
                    onClick={() => void remove({ variables: { id: synonym.id } }).then(() => refetch())}
                  >
                    {text.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** A sub-category picker (the one residents picked first, when they did) and an "Add" button. */
function AddSynonym({ row, onAdded }: { row: UnknownObjectQuery; onAdded(): void }) {
  const text = useVocabularyText();
  const { apiLang } = useI18n();
  const errorText = useErrorText();
  const { data } = useQuery(CATEGORIES_QUERY, { variables: { lang: apiLang } });
  const [subcategoryId, setSubcategoryId] = useState(row.picked[0]?.subcategory.id ?? '');
  const [add, { loading, error }] = useMutation(ADD_OBJECT_SYNONYM_MUTATION);
  const selectId = `synonym-of-${row.text.replace(/\W+/g, '-')}`;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (subcategoryId) void add({ variables: { term: row.text, subcategoryId } }).then(onAdded);
      }}
    >
      <label htmlFor={selectId} className="visually-hidden">
        {`${text.addAs} « ${row.text} »`}
      </label>
      <select id={selectId} value={subcategoryId} onChange={(event) => setSubcategoryId(event.target.value)}>
        <option value="">{text.choose}</option>
        {(data?.categories ?? []).map((category) => (
          <optgroup key={category.id} label={category.label}>
            {category.subcategories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>{' '}
      <button type="submit" className="button" disabled={!subcategoryId || loading}>
        {text.add}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {errorText(error)}
        </span>
      )}
    </form>
  );
}
