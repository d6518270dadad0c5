import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './components/app-layout';
import { ForbiddenPage } from './pages/forbidden-page';
import { HomePage } from './pages/home-page';
import { ListingDetailPage } from './pages/listing-detail-page';
import { LoginPage } from './pages/login-page';
import { AcceptInvitePage } from './pages/accept-invite-page';
import { NotFoundPage } from './pages/not-found-page';
import { PublicationsPage } from './pages/publications-page';
import { RegionsPage } from './pages/regions-page';
import { SearchPage } from './pages/search-page';
import { SignupPage } from './pages/signup-page';

// ECharts is large: only bureau staff load it, with the dashboard.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page'));
const MyListingsPage = lazy(() => import('./pages/my-listings-page'));
const ReviewPage = lazy(() => import('./pages/review-page'));
const DealsPage = lazy(() => import('./pages/deals/deals-page'));
const MatchesPage = lazy(() => import('./pages/matches/matches-page'));
const ContractsPage = lazy(() => import('./pages/contracts-page'));
const CertificationPage = lazy(() => import('./pages/certification/certification-page'));
const ImportsPage = lazy(() => import('./pages/imports/imports-page'));
const AdminPage = lazy(() => import('./pages/admin-page'));
const NotificationsPage = lazy(() => import('./pages/notifications-page'));
const OrgRegistrationPage = lazy(() => import('./pages/org-registration-page'));

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
          <Route path="login" element={<LoginPage />} />
          <Route path="signup" element={<SignupPage />} />
          <Route path="accept-invite" element={<AcceptInvitePage />} />
          <Route path="403" element={<ForbiddenPage />} />
          <Route
            path="my/listings"
            element={
              // needs and achievements (listing:write-own) or challenges (challenge:publish): the page checks which
              <RequireAuth>
                <MyListingsPage />
              </RequireAuth>
            }
          />
          <Route
            path="org/registration"
            element={
              <RequireAuth permission="org:edit-registration">
                <OrgRegistrationPage />
              </RequireAuth>
            }
          />
          <Route
            path="notifications"
            element={
              <RequireAuth>
                <NotificationsPage />
              </RequireAuth>
            }
          />
          <Route
            path="review"
            element={
              <RequireAuth permission="listing:review">
                <ReviewPage />
              </RequireAuth>
            }
          />
          <Route
            path="deals"
            element={
              <RequireAuth permission="deal:read">
                <DealsPage />
              </RequireAuth>
            }
          />
          <Route
            path="matches/:kind/:id"
            element={
              <RequireAuth>
                <MatchesPage />
              </RequireAuth>
            }
          />
          <Route
            path="contracts"
            element={
              <RequireAuth permission="contract:write-own">
                <ContractsPage />
              </RequireAuth>
            }
          />
          <Route
            path="certification"
            element={
              <RequireAuth permission="contract:certify">
                <CertificationPage />
              </RequireAuth>
            }
          />
          <Route
            path="dashboard"
            element={
              <RequireAuth permission="stats:read">
                <DashboardPage />
              </RequireAuth>
            }
          />
          {['imports', 'imports/:id'].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireAuth permission="import:run">
                  <ImportsPage />
                </RequireAuth>
              }
            />
          ))}
          {['admin', 'admin/:tab'].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireAuth permission="platform:admin">
                  <AdminPage />
                </RequireAuth>
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
