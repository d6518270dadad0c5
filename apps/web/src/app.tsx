import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './components/app-layout';
import { ForbiddenPage } from './pages/forbidden-page';
import { HomePage } from './pages/home-page';
import { ListingDetailPage } from './pages/listing-detail/listing-detail-page';
import { LoginPage } from './pages/login-page';
import { AcceptInvitePage } from './pages/accept-invite-page';
import { NotFoundPage } from './pages/not-found-page';
import { PublicationsPage } from './pages/publications-page';
import { RegionsPage } from './pages/regions-page';
import { SearchPage } from './pages/search-page';
import { SignupPage } from './pages/signup-page';

// ECharts is large: only bureau staff load it, with the dashboard.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page'));
const ReportPage = lazy(() => import('./pages/targets/report-page'));
const ApprovalsPage = lazy(() => import('./pages/targets/approvals-page'));
const RegistriesPage = lazy(() => import('./pages/targets/registries-page'));
const ManageTargetsPage = lazy(() => import('./pages/targets/manage-page'));
const RegionReportPage = lazy(() => import('./pages/reports/report-page'));
const MyListingsPage = lazy(() => import('./pages/my-listings-page'));
const ReviewPage = lazy(() => import('./pages/review-page'));
const DealsPage = lazy(() => import('./pages/deals/deals-page'));
const MatchesPage = lazy(() => import('./pages/matches/matches-page'));
const ContractsPage = lazy(() => import('./pages/contracts-page'));
const CertificationPage = lazy(() => import('./pages/certification/certification-page'));
const ImportsPage = lazy(() => import('./pages/imports/imports-page'));
const AdminPage = lazy(() => import('./pages/admin-page'));
const NotificationsPage = lazy(() => import('./pages/notifications-page'));
const NotificationPreferencesPage = lazy(() => import('./pages/notification-preferences-page'));
const UnsubscribePage = lazy(() => import('./pages/unsubscribe-page'));
const OrgRegistrationPage = lazy(() => import('./pages/org-registration-page'));
const MembersPage = lazy(() => import('./pages/members/members-page'));
const AuditPage = lazy(() => import('./pages/audit/audit-page'));
const ProfilePage = lazy(() => import('./pages/profile/profile-page'));
const BureauOrgsPage = lazy(() => import('./pages/bureau-orgs-page'));
const PublicFiguresPage = lazy(() => import('./pages/public-figures/public-figures-page'));
const AuctionsPage = lazy(() => import('./pages/auctions/auctions-page'));
const AuctionDetailPage = lazy(() => import('./pages/auctions/auction-detail-page'));
const RoadshowsPage = lazy(() => import('./pages/roadshows/roadshows-page'));
const RoadshowDetailPage = lazy(() => import('./pages/roadshows/roadshow-detail-page'));
const RoadshowManagePage = lazy(() => import('./pages/roadshows/roadshow-manage-page'));
const RegisteredRoadshowsPage = lazy(() => import('./pages/roadshows/registered-roadshows-page'));
const ListedSalesPage = lazy(() => import('./pages/listed-sales/listed-sales-page'));
const ListedSaleDetailPage = lazy(() => import('./pages/listed-sales/listed-sale-detail-page'));
const SaleNoticesPage = lazy(() => import('./pages/listed-sales/sale-notices-page'));
const MyBiddingPage = lazy(() => import('./pages/auctions/my-bidding-page'));
const MyLotsPage = lazy(() => import('./pages/auctions/my-lots-page'));
const SupervisePage = lazy(() => import('./pages/auctions/supervise-page'));
const VouchersPage = lazy(() => import('./pages/vouchers/vouchers-page'));
const LoansPage = lazy(() => import('./pages/loans/loans-page'));

/** Pages for signed-in users: their paths, the permission each needs (none: any signed-in user), the page. */
const GUARDED: { paths: string[]; permission?: string; page: ReactNode }[] = [
  // needs and achievements (listing:write-own) or challenges (challenge:publish): the page checks which
  { paths: ['my/listings'], page: <MyListingsPage /> },
  { paths: ['org/registration'], permission: 'org:edit-registration', page: <OrgRegistrationPage /> },
  { paths: ['notifications'], page: <NotificationsPage /> },
  { paths: ['profile'], page: <ProfilePage /> },
  { paths: ['org/members'], permission: 'org:manage-members', page: <MembersPage /> },
  { paths: ['orgs'], permission: 'org:suspend', page: <BureauOrgsPage /> },
  { paths: ['audit'], permission: 'audit:read', page: <AuditPage /> },
  { paths: ['notifications/preferences'], page: <NotificationPreferencesPage /> },
  { paths: ['unsubscribe'], page: <UnsubscribePage /> },
  { paths: ['review'], permission: 'listing:review', page: <ReviewPage /> },
  { paths: ['deals'], permission: 'deal:read', page: <DealsPage /> },
  { paths: ['matches/:kind/:id'], page: <MatchesPage /> },
  { paths: ['contracts'], permission: 'contract:write-own', page: <ContractsPage /> },
  { paths: ['certification'], permission: 'contract:certify', page: <CertificationPage /> },
  // bureaus, enterprises and service providers: the page shows each its part
  { paths: ['vouchers'], page: <VouchersPage /> },
  // banks, enterprises and bureaus: the page shows each its part
  { paths: ['loans'], page: <LoansPage /> },
  { paths: ['dashboard'], permission: 'stats:read', page: <DashboardPage /> },
  { paths: ['targets/report'], permission: 'stats:read', page: <ReportPage /> },
  { paths: ['targets/approvals'], permission: 'stats:read', page: <ApprovalsPage /> },
  { paths: ['targets/registries'], permission: 'stats:read', page: <RegistriesPage /> },
  { paths: ['targets/manage'], permission: 'stats:read', page: <ManageTargetsPage /> },
  {
    paths: ['reports/quarterly'],
    permission: 'stats:read',
    page: <RegionReportPage kind="quarterly" key="quarterly" />,
  },
  { paths: ['reports/annual'], permission: 'stats:read', page: <RegionReportPage kind="annual" key="annual" /> },
  { paths: ['imports', 'imports/:id'], permission: 'import:run', page: <ImportsPage /> },
  { paths: ['admin', 'admin/:tab'], permission: 'platform:admin', page: <AdminPage /> },
  // the server's policy table decides who may host; the page shows the refusal in its words
  { paths: ['roadshows/manage'], page: <RoadshowManagePage /> },
  { paths: ['roadshows/registered'], page: <RegisteredRoadshowsPage /> },
  // auctions: the API decides who may (the seller, a bidder, the supervising bureau); the menu shows each to its users
  { paths: ['auctions/my-bidding'], page: <MyBiddingPage /> },
  { paths: ['auctions/my-lots'], page: <MyLotsPage /> },
  { paths: ['auctions/supervise'], page: <SupervisePage /> },
];

const loading = <Spin style={{ display: 'block', margin: '80px auto' }} />;

export function App() {
  return (
    <Suspense fallback={loading}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="listings/:kind/:id" element={<ListingDetailPage />} />
          <Route path="regions" element={<RegionsPage />} />
          <Route path="publications" element={<PublicationsPage />} />
          <Route path="auctions" element={<AuctionsPage />} />
          {/* one result list for both pricing routes: 成交公告 */}
          <Route path="auctions/results" element={<Navigate to="/sale-notices" replace />} />
          <Route path="auctions/:id" element={<AuctionDetailPage />} />
          <Route path="roadshows" element={<RoadshowsPage />} />
          <Route path="roadshows/:id" element={<RoadshowDetailPage />} />
          <Route path="listed-sales" element={<ListedSalesPage />} />
          <Route path="listed-sales/:id" element={<ListedSaleDetailPage />} />
          <Route path="sale-notices" element={<SaleNoticesPage />} />
          <Route path="figures" element={<PublicFiguresPage />} />
          <Route path="figures/:regionCode" element={<PublicFiguresPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="signup" element={<SignupPage />} />
          <Route path="accept-invite" element={<AcceptInvitePage />} />
          <Route path="403" element={<ForbiddenPage />} />
          {GUARDED.flatMap((g) =>
            g.paths.map((path) => (
              <Route key={path} path={path} element={<RequireAuth permission={g.permission}>{g.page}</RequireAuth>} />
            )),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
