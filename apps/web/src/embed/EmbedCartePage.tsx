import { useRef } from 'react';
import { EmbeddedContext } from '../app/embedding';
import { useLocation } from '../app/router';
import { useI18n } from '../i18n/I18nContext';
import { ResultsPage } from '../results/ResultsPage';
import { useParentHeight } from './useParentHeight';

/**
 * `/embed/carte?…`: the results view without the site's chrome, framed by partner sites through
 * /embed/carte.js. Same query string as /recherche; its height is posted to the parent page.
 */
export function EmbedCartePage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  useParentHeight(root);
  return (
    <EmbeddedContext.Provider value={true}>
      <div ref={root} className="embed-root">
        <main id="main" className="page page-embed">
          <ResultsPage embedded />
        </main>
        <footer className="embed-footer">
          <a href={`${window.location.origin}/recherche${search}`} target="_blank" rel="noopener">
            {t.embedOpenFull}
            <span className="visually-hidden"> {t.opensInNewTab}</span>
          </a>
        </footer>
      </div>
    </EmbeddedContext.Provider>
  );
}
