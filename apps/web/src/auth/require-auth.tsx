import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../pages/forbidden-page';
import { useAuth } from './auth-context';

/** A protected page: without login → the login page (and back afterwards, with the fragment: an unsubscribe token rides there); without the permission → 403. */
export function RequireAuth({ permission, children }: { permission?: string; children: ReactNode }) {
  const { me, loading, can } = useAuth();
  const location = useLocation();
  if (loading) return <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…" />;
  if (!me)
    return (
      <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`} replace />
    );
  if (permission && !can(permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
