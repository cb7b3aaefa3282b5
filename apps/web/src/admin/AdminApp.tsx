import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { Link, matchPath, navigate } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { LOGOUT_MUTATION, VIEWER_QUERY, type Viewer, writesPlaces } from './admin-operations';
import { useAdminText } from './admin-text';
import { useApiKeysText } from './api-keys/api-keys-text';
import { useAccountsText } from './accounts/accounts-text';
import { useVocabularyText } from './vocabulary/vocabulary-text';
import { useFreshnessText } from './freshness/freshness-text';
import { useNoticesAdminText } from './notices/notices-text';
import { LoginForm } from './LoginForm';
import { PlacesList } from './PlacesList';
import { useEventsAdminText } from './events/events-admin-text';
import { useInsightsAdminText } from './insights/insights-admin-text';
import { useTerritoryText } from '../network/territory-text';
import { useImpactAdminText } from './impact/impact-admin-text';

const PlaceEditor = lazy(() => import('./PlaceEditor').then((m) => ({ default: m.PlaceEditor })));
const ImportsPage = lazy(() => import('./imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const ModerationQueue = lazy(() => import('./ModerationQueue').then((m) => ({ default: m.ModerationQueue })));
const accounts = () => import('./accounts/account-pages');
const PasswordLinkPage = lazy(() => accounts().then((m) => ({ default: m.PasswordLinkPage })));
const ForgotPasswordPage = lazy(() => accounts().then((m) => ({ default: m.ForgotPasswordPage })));
const MyAccountPage = lazy(() => accounts().then((m) => ({ default: m.MyAccountPage })));
const AccountsPage = lazy(() => accounts().then((m) => ({ default: m.AccountsPage })));
const ApiKeysPage = lazy(() => import('./api-keys/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const ToVerifyPage = lazy(() => import('./freshness/ToVerifyPage').then((m) => ({ default: m.ToVerifyPage })));
const PendingClosuresPage = lazy(() =>
  import('./freshness/PendingClosuresPage').then((m) => ({ default: m.PendingClosuresPage })),
);
const EventsAdminPage = lazy(() => import('./events/EventsAdminPage').then((m) => ({ default: m.EventsAdminPage })));
const BulkNoticesPage = lazy(() => import('./notices/BulkNoticesPage').then((m) => ({ default: m.BulkNoticesPage })));
const VocabularyPage = lazy(() => import('./vocabulary/VocabularyPage').then((m) => ({ default: m.VocabularyPage })));
// Charts (Chart.js) load with this page only, never with the resident app.
const DemandPage = lazy(() => import('./insights/DemandPage').then((m) => ({ default: m.DemandPage })));
const StructurePage = lazy(() => import('./insights/StructurePage').then((m) => ({ default: m.StructurePage })));
const ImpactAdminPage = lazy(() => import('./impact/ImpactAdminPage').then((m) => ({ default: m.ImpactAdminPage })));

/** `/admin…`: the staff back-office, a separate chunk of the same app. */
export function AdminApp({ pathname }: { pathname: string }) {
  const text = useAdminText();
  const { data, loading, refetch } = useQuery(VIEWER_QUERY, { fetchPolicy: 'network-only' });
  usePageTitle(text.title);
  if (loading && !data) return <p role="status">{text.loading}</p>;
  // Password links and "forgot password" work signed out.
  if (matchPath('/admin/mot-de-passe', pathname))
    return (
      <PasswordLinkPage
        onSignedIn={() => {
          navigate('/admin');
          void refetch();
        }}
      />
    );
  if (matchPath('/admin/mot-de-passe-oublie', pathname)) return <ForgotPasswordPage />;
  const viewer = data?.viewer ?? null;
  if (!viewer) return <LoginForm onSignedIn={() => void refetch()} />;
  return (
    <div className="admin">
      <AdminNav viewer={viewer} pathname={pathname} />
      <AdminRoute pathname={pathname} viewer={viewer} />
    </div>
  );
}

function AdminRoute({ pathname, viewer }: { pathname: string; viewer: Viewer }) {
  if (matchPath('/admin/moderation', pathname)) return <ModerationQueue />;
  if (matchPath('/admin/imports', pathname) && canImport(viewer)) return <ImportsPage />;
  if (matchPath('/admin/a-verifier', pathname) && writesPlaces(viewer)) return <ToVerifyPage />;
  if (matchPath('/admin/fermetures', pathname) && canImport(viewer)) return <PendingClosuresPage />;
  if (matchPath('/admin/avis', pathname) && writesPlaces(viewer)) return <BulkNoticesPage />;
  if (matchPath('/admin/evenements', pathname) && writesPlaces(viewer)) return <EventsAdminPage />;
  if (matchPath('/admin/cles-api', pathname) && viewer.role === 'ADMIN') return <ApiKeysPage />;
  if (matchPath('/admin/vocabulaire', pathname) && canManageVocabulary(viewer)) return <VocabularyPage />;
  if (matchPath('/admin/demande', pathname)) return <DemandPage territory={seesTerritory(viewer)} />;
  // ADMIN picks the structure (listing organisations is theirs); EDITOR and STRUCTURE see their own.
  if (matchPath('/admin/structure', pathname) && viewer.role !== 'MODERATOR')
    return <StructurePage staff={viewer.role === 'ADMIN'} ownOrganization={viewer.organizationId != null} />;
  if (matchPath('/admin/impact', pathname) && usesImpact(viewer)) return <ImpactAdminPage viewer={viewer} />;
  if (matchPath('/admin/compte', pathname)) return <MyAccountPage viewer={viewer} />;
  if (matchPath('/admin/utilisateurs', pathname) && viewer.role === 'ADMIN') return <AccountsPage viewer={viewer} />;
  if (matchPath('/admin/lieux/nouveau', pathname)) return <PlaceEditor key="new" id={null} viewer={viewer} />;
  const edit = matchPath('/admin/lieux/:id', pathname);
  if (edit) return <PlaceEditor key={edit.id} id={edit.id!} viewer={viewer} />;
  return <PlacesList viewer={viewer} />;
}

/** Sources and imports are managed by admins and editors (services/api/src/modules/federation/sources/source.policy.ts). */
const canImport = (viewer: Viewer) => viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
/** The object vocabulary: administrators, editors and moderators (services/api/src/modules/taxonomy/vocabulary.service.ts). */
const canManageVocabulary = (viewer: Viewer) =>
  viewer.role === 'ADMIN' || viewer.role === 'EDITOR' || viewer.role === 'MODERATOR';
/** The impact ledger: structures declare, editors and administrators validate, moderators read (API impactPolicy). */
const usesImpact = (viewer: Viewer) => viewer.role !== 'COLLECTIVITY';

function AdminNav({ viewer, pathname }: { viewer: Viewer; pathname: string }) {
  const text = useAdminText();
  const apiKeysText = useApiKeysText();
  const accountsText = useAccountsText();
  const vocabularyText = useVocabularyText();
  const freshnessText = useFreshnessText();
  const noticesText = useNoticesAdminText();
  const eventsText = useEventsAdminText();
  const insightsText = useInsightsAdminText();
  const impactText = useImpactAdminText();
  const territoryText = useTerritoryText();
  const client = useApolloClient();
  async function logout() {
    await client.mutate({ mutation: LOGOUT_MUTATION });
    await client.clearStore();
    navigate('/admin');
    await client.refetchQueries({ include: [VIEWER_QUERY] });
  }
  const current = (href: string) =>
    (href === '/admin' ? pathname === '/admin' || pathname.startsWith('/admin/lieux') : pathname.startsWith(href))
      ? 'page'
      : undefined;
  return (
    <nav className="admin-nav" aria-label={text.navLabel}>
      <ul>
        <li>
          <Link href="/admin" aria-current={current('/admin')}>
            {text.navPlaces}
          </Link>
        </li>
        {(viewer.role === 'ADMIN' ||
          viewer.role === 'MODERATOR' ||
          viewer.role === 'EDITOR' ||
          viewer.role === 'STRUCTURE') && (
          <li>
            <Link href="/admin/moderation" aria-current={current('/admin/moderation')}>
              {text.navModeration}
            </Link>
          </li>
        )}
        {writesPlaces(viewer) && (
          <li>
            <Link href="/admin/a-verifier" aria-current={current('/admin/a-verifier')}>
              {freshnessText.navToVerify}
            </Link>
          </li>
        )}
        {writesPlaces(viewer) && (
          <li>
            <Link href="/admin/avis" aria-current={current('/admin/avis')}>
              {noticesText.navLabel}
            </Link>
          </li>
        )}
        {writesPlaces(viewer) && (
          <li>
            <Link href="/admin/evenements" aria-current={current('/admin/evenements')}>
              {eventsText.navLabel}
            </Link>
          </li>
        )}
        {canImport(viewer) && (
          <li>
            <Link href="/admin/imports" aria-current={current('/admin/imports')}>
              {text.navImports}
            </Link>
          </li>
        )}
        {canImport(viewer) && (
          <li>
            <Link href="/admin/fermetures" aria-current={current('/admin/fermetures')}>
              {freshnessText.navClosures}
            </Link>
          </li>
        )}
        {canManageVocabulary(viewer) && (
          <li>
            <Link href="/admin/vocabulaire" aria-current={current('/admin/vocabulaire')}>
              {vocabularyText.navLabel}
            </Link>
          </li>
        )}
        {viewer.role === 'ADMIN' && (
          <li>
            <Link href="/admin/cles-api" aria-current={current('/admin/cles-api')}>
              {apiKeysText.navLabel}
            </Link>
          </li>
        )}
        {viewer.role === 'ADMIN' && (
          <li>
            <Link href="/admin/utilisateurs" aria-current={current('/admin/utilisateurs')}>
              {accountsText.navAccounts}
            </Link>
          </li>
        )}
        <li>
          <Link href="/admin/demande" aria-current={current('/admin/demande')}>
            {insightsText.navLabel}
          </Link>
        </li>
        {viewer.role !== 'MODERATOR' && (
          <li>
            <Link href="/admin/structure" aria-current={current('/admin/structure')}>
              {viewer.role === 'ADMIN' ? insightsText.structureStaffTitle : insightsText.structureNav}
            </Link>
          </li>
        )}
        {usesImpact(viewer) && (
          <li>
            <Link href="/admin/impact" aria-current={current('/admin/impact')}>
              {impactText.navLabel}
            </Link>
          </li>
        )}
        {viewer.role === 'COLLECTIVITY' && (
          <li>
            <Link href="/professionnels/territoire">{territoryText.navLabel}</Link>
          </li>
        )}
        <li>
          <Link href="/admin/compte" aria-current={current('/admin/compte')}>
            {accountsText.navAccount}
          </Link>
        </li>
      </ul>
      <p className="admin-who">{text.signedInAs(viewer.user?.email ?? viewer.role)}</p>
      <button type="button" className="button button-secondary" onClick={() => void logout()}>
        {text.logout}
      </button>
    </nav>
  );
}

/** ADMIN and MODERATOR see the territory's demand; other staff their own places' figures (API `insights`). */
const seesTerritory = (viewer: Viewer) => viewer.role === 'ADMIN' || viewer.role === 'MODERATOR';
