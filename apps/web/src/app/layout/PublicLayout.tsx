import { LoginOutlined, DashboardOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../prefs';
import { useSession } from '../session';
import { Brand } from './AppLayout';
import { HeaderTools } from './HeaderTools';

/** Pages anyone can open: the home page and the sign-in page. */
export function PublicLayout() {
  const t = useT();
  const { access } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const onLoginPage = useLocation().pathname === '/login';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="pfc-header">
        <Brand light />
        <Flex align="center" gap={mobile ? 4 : 16}>
          <HeaderTools compact={mobile} />
          {access.signedIn ? (
            <Button icon={<DashboardOutlined />} onClick={() => navigate('/workbench')} data-testid="go-workbench">
              {t('home.toWorkbench')}
            </Button>
          ) : (
            !onLoginPage && (
            <Button icon={<LoginOutlined />} onClick={() => navigate('/login')} data-testid="login-link">
              {t('auth.login')}
            </Button>
            )
          )}
        </Flex>
      </Layout.Header>
      <Layout.Content>
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
