import { useQuery } from '@apollo/client/react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { useI18n } from '../i18n/I18nContext';
import { emptySearch, searchUrl, type Action } from '../search/search-state';
import { OBJECT_PAGE_QUERY, type ObjectPageMatch } from './object-page-operations';
import { useObjectPageText } from './object-page-text';

// The two routes ADEME's guide gives a reusable object (resolveObject's suggestedActions by condition).
const GOOD_CONDITION: Action[] = ['DONATE', 'SELL', 'EXCHANGE'];
const BROKEN: Action[] = ['REPAIR', 'DROP_OFF'];

/** "canape-d-angle" → "canape d angle": the words of a /que-faire/… link. */
export function objectTextOf(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: read the slug as it is.
  }
  return decoded
    .replace(/[-_+]+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** `/que-faire/<objet>`: what to do with an object in good condition and when broken, or where a hazardous one goes. */
export function ObjectPage({ slug }: { slug: string }) {
  const text = useObjectPageText();
  const { apiLang } = useI18n();
  const object = objectTextOf(slug);
  const { data, loading } = useQuery(OBJECT_PAGE_QUERY, { variables: { text: object, lang: apiLang } });
  usePageTitle(text.title(object));
  const match = data?.resolveObject[0];
  return (
    <article className="object-page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {text.title(object)}
      </h1>
      {loading && !data && <p role="status">{text.loading}</p>}
      {data && !match && (
        <div className="notice notice-empty">
          <p>{text.notFound(object)}</p>
          <Link href={searchUrl({ ...emptySearch, text: object })}>{text.searchAll}</Link>
        </div>
      )}
      {match && <ObjectAdvice object={object} match={match} />}
    </article>
  );
}

function ObjectAdvice({ object, match }: { object: string; match: ObjectPageMatch }) {
  const text = useObjectPageText();
  const { subcategory } = match;
  const links = (actions: Action[]) => (
    <ul>
      {actions.map((action) => (
        <li key={action}>
          <Link href={searchUrl({ ...emptySearch, actions: [action], text: object, subcategories: [subcategory.id] })}>
            {text.action[action] ?? action}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <p>{text.category(subcategory.label, subcategory.category.label)}</p>
      {match.confidence === 'LOW' && <p className="notice notice-info">{text.approximate}</p>}
      {subcategory.hazard ? (
        <section className="notice notice-warning" aria-labelledby="object-hazard">
          <h2 id="object-hazard">{text.hazardTitle}</h2>
          <p>{subcategory.hazard.advice}</p>
          <h3>{text.where}</h3>
          {links(match.suggestedActions)}
        </section>
      ) : subcategory.reusePossible ? (
        <>
          <section aria-labelledby="object-good">
            <h2 id="object-good">{text.good}</h2>
            <p>{text.goodIntro}</p>
            {links(GOOD_CONDITION)}
          </section>
          <section aria-labelledby="object-broken">
            <h2 id="object-broken">{text.broken}</h2>
            <p>{text.brokenIntro}</p>
            {links(BROKEN)}
          </section>
        </>
      ) : (
        <section aria-labelledby="object-where">
          <h2 id="object-where">{text.where}</h2>
          {links(match.suggestedActions)}
        </section>
      )}
    </>
  );
}
