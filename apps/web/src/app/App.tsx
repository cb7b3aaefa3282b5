import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { PlacePage } from '../place/PlacePage';
import { ReportPage } from '../place/ReportPage';
import { ResultsPage } from '../results/ResultsPage';
import { HomePage } from '../search/HomePage';
import { Link, matchPath, useLocation } from './router';
import { usePageTitle } from './usePageTitle';

function Route({ pathname }: { pathname: string }) {
  if (pathname === '/' || pathname === '') return <HomePage />;
  if (matchPath('/recherche', pathname)) return <ResultsPage />;
  const report = matchPath('/lieu/:slug/signaler', pathname);
  if (report) return <ReportPage key={report.slug} slug={report.slug!} />;
  const place = matchPath('/lieu/:slug', pathname);
  if (place) return <PlacePage key={place.slug} slug={place.slug!} />;
  // `/embed/carte` will mount a chrome-less results view here.
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  usePageTitle(t.notFoundTitle);
  return (
    <div className="notice notice-empty">
      <h1 id="page-title" tabIndex={-1}>
        {t.notFoundTitle}
      </h1>
      <Link href="/">{t.backHome}</Link>
    </div>
  );
}

/** Moves focus to the new page's title after client-side navigation, as a page load would. */
function useFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => document.getElementById('page-title')?.focus({ preventScroll: false }));
    window.scrollTo(0, 0);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M9 17a7 7 0 0 1 12-5l-3 1h6V7l-2 3a10 10 0 0 0-16 7zm14-2a7 7 0 0 1-12 5l3-1H8v6l2-3a10 10 0 0 0 16-7z"
              fill="#fff"
            />
          </svg>
          <span>{t.appName}</span>
        </Link>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={() => setLang(other)}
        >
          {t.switchLanguage}
        </button>
      </header>
      <main id="main" className={`page page-${pathname === '/' ? 'home' : pathname.split('/')[1]}`}>
        <Route pathname={pathname} />
      </main>
      <footer className="site-footer">
        <p>{t.tagline}</p>
      </footer>
    </>
  );
}
