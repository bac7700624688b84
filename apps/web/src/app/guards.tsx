import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Access } from './access';
import { useT } from './prefs';
import { useSession } from './session';

function FullPageSpin() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
}

/** Signed-out visitors go to /login and come back here afterwards. */
export function RequireAuth() {
  const { loading, access } = useSession();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (!access.signedIn) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?redirect=${encodeURIComponent(here)}`} replace />;
  }
  return <Outlet />;
}

export function Forbidden() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('error.forbiddenTitle')}
      subTitle={t('error.forbiddenText')}
      data-testid="forbidden"
      extra={
        <Button type="primary" onClick={() => navigate('/workbench')}>
          {t('error.backToWorkbench')}
        </Button>
      }
    />
  );
}

/** A page only some roles may open; the server enforces the same rule on every call. */
export function RequireAccess({ allow, children }: { allow: (access: Access) => boolean; children: ReactNode }) {
  const { access } = useSession();
  return allow(access) ? <>{children}</> : <Forbidden />;
}

export function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('error.backHome')}
        </Button>
      }
    />
  );
}
