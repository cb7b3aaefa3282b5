import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { EmbedCartePage } from '../embed/EmbedCartePage';
import { useApolloLoaded } from '../graphql/hooks';
import { useI18n } from '../i18n/I18nContext';
import { useImpactLinkText } from '../impact/impact-link-text';
import { useInsightsText } from '../insights/insights-text';
import { PlacePage } from '../place/PlacePage';
import { ResultsPage } from '../results/ResultsPage';
import { HomePage } from '../search/HomePage';
import { openedPlaceFor } from './last-results';
import { Link, matchPath, useLocation } from './router';
import { usePageTitle } from './usePageTitle';

// Pages few residents open load on demand, so the resident bundle stays within its budget.
const WidgetConfigurator = lazy(() =>
  import('../partners/WidgetConfigurator').then((m) => ({ default: m.WidgetConfigurator })),
);

const ReportPage = lazy(() => import('../place/ReportPage').then((m) => ({ default: m.ReportPage })));
const NewPlacePage = lazy(() => import('../report/NewPlacePage').then((m) => ({ default: m.NewPlacePage })));

const AdminApp = lazy(() => import('../admin/AdminApp').then((m) => ({ default: m.AdminApp })));
const AgendaPage = lazy(() => import('../agenda/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const ObjectPage = lazy(() => import('../objects/ObjectPage').then((m) => ({ default: m.ObjectPage })));
const PrivacyPage = lazy(() => import('../privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));
const ImpactPage = lazy(() => import('../impact/ImpactPage').then((m) => ({ default: m.ImpactPage })));
const NetworkSection = lazy(() => import('../network/NetworkSection').then((m) => ({ default: m.NetworkSection })));

function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="notice notice-info" role="status">
      {t.loading}
    </p>
  );
}

function Route({ pathname }: { pathname: string }) {
  const apolloLoaded = useApolloLoaded();
  if (pathname === '/' || pathname === '') return <HomePage />;
  if (matchPath('/recherche', pathname)) return <ResultsPage />;
  const place = matchPath('/lieu/:slug', pathname);
  if (place) return <PlacePage key={place.slug} slug={place.slug!} />;
  // The pages below use Apollo Client's own hooks: they render once it has loaded (src/main.tsx).
  if (!apolloLoaded) return <PageLoading />;
  const report = matchPath('/lieu/:slug/signaler', pathname);
  if (report) return <ReportPage key={report.slug} slug={report.slug!} />;
  if (matchPath('/partenaires/widget', pathname)) return <WidgetConfigurator />;
  if (matchPath('/proposer-un-lieu', pathname)) return <NewPlacePage />;
  if (matchPath('/confidentialite', pathname)) return <PrivacyPage />;
  if (matchPath('/impact', pathname)) return <ImpactPage />;
  const agenda = matchPath('/agenda/:commune', pathname);
  if (agenda) return <AgendaPage key={agenda.commune} commune={agenda.commune!} />;
  const object = matchPath('/que-faire/:objet', pathname);
  if (object) return <ObjectPage key={object.objet} slug={object.objet!} />;
  if (pathname === '/professionnels' || pathname.startsWith('/professionnels/'))
    return <NetworkSection pathname={pathname} />;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return <AdminApp pathname={pathname} />;
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

/**
 * Moves focus to the new page's title after client-side navigation, as a page load would; except back
 * on the results from a place page, where the results page puts it on that place's link (a layout
 * effect, so this is decided before the page's own effects run).
 */
function useFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (openedPlaceFor(window.location.pathname + window.location.search)) return;
    const frame = requestAnimationFrame(() => document.getElementById('page-title')?.focus({ preventScroll: false }));
    window.scrollTo(0, 0);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const insightsText = useInsightsText();
  const impactLink = useImpactLinkText();
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  const other = lang === 'fr' ? 'en' : 'fr';
  // Framed by partner sites: no header, no footer, no skip link (see EmbedCartePage).
  if (matchPath('/embed/carte', pathname)) return <EmbedCartePage />;
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
        <Suspense fallback={<PageLoading />}>
          <Route pathname={pathname} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t.tagline}</p>
        <ul className="footer-links">
          <li>
            <Link href="/partenaires/widget">{t.footerPartners}</Link>
          </li>
          <li>
            <Link href="/confidentialite">{insightsText.footerPrivacy}</Link>
          </li>
          <li>
            <Link href="/impact">{impactLink}</Link>
          </li>
          <li>
            <Link href="/admin">{t.footerAdmin}</Link>
          </li>
        </ul>
      </footer>
    </>
  );
}
