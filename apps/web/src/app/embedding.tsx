import { createContext, useContext, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { Link } from './router';

/** True inside /embed/carte: the page is framed by a partner site, so place pages open in a new tab. */
export const EmbeddedContext = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbeddedContext);
}

/** A link to a place page: in the app a client-side link, in the framed map the full app in a new tab. */
export function PlaceLink({ slug, children }: { slug: string; children: ReactNode }) {
  const embedded = useEmbedded();
  const { t } = useI18n();
  const href = `/lieu/${encodeURIComponent(slug)}`;
  if (!embedded) return <Link href={href}>{children}</Link>;
  return (
    <a href={new URL(href, window.location.origin).href} target="_blank" rel="noopener">
      {children}
      <span className="visually-hidden"> {t.opensInNewTab}</span>
    </a>
  );
}
