import {
  DashboardOutlined,
  FileSearchOutlined,
  LoginOutlined,
  NotificationOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../prefs';
import { useSession } from '../session';
import { Brand } from './AppLayout';
import { HeaderTools } from './HeaderTools';

/** 证明查询, 实务问答, 承诺书核验 and 承诺公示: in the header on wide screens, in a strip under it on phones. */
function PublicNav({ mobile }: { mobile: boolean }) {
  const t = useT();
  const links = [
    { to: '/search', icon: <FileSearchOutlined />, label: t('menu.lookup'), testId: 'nav-search' },
    { to: '/qa', icon: <QuestionCircleOutlined />, label: t('menu.qa'), testId: 'nav-qa' },
    {
      to: '/letters/verify',
      icon: <SafetyCertificateOutlined />,
      label: t('menu.letterVerify'),
      testId: 'nav-letters',
    },
    { to: '/commitments', icon: <NotificationOutlined />, label: t('menu.commitments'), testId: 'nav-commitments' },
  ];
  const color = mobile ? '#1e4f9c' : '#fff';
  return (
    <nav aria-label={t('menu.navigation')}>
      <Flex gap={mobile ? '4px 16px' : 20} align="center" wrap={mobile}>
        {links.map((l) => (
          <NavLink
            key={l.to}
            to={l.to}
            data-testid={l.testId}
            style={({ isActive }) => ({
              color,
              whiteSpace: 'nowrap',
              fontWeight: isActive ? 600 : 400,
              borderBottom: `2px solid ${isActive ? color : 'transparent'}`,
              paddingBlock: 2,
            })}
          >
            {l.icon} {l.label}
          </NavLink>
        ))}
      </Flex>
    </nav>
  );
}

/** Pages anyone can open: the home page, the lookup, the Q&A, the published lists and the sign-in page. */
export function PublicLayout() {
  const t = useT();
  const { access } = useSession();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  // Four links fit beside the brand and tools only on wide screens; tablets get the strip too.
  const navInHeader = !!screens.xl;
  const navigate = useNavigate();
  const onLoginPage = useLocation().pathname === '/login';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="pfc-header">
        <Flex align="center" gap={32} style={{ minWidth: 0 }}>
          <Brand light />
          {navInHeader && <PublicNav mobile={false} />}
        </Flex>
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
      {!navInHeader && (
        <div
          className="pfc-no-print"
          style={{ background: '#fff', borderBottom: '1px solid #e8e8e8', padding: '8px 16px' }}
        >
          <PublicNav mobile />
        </div>
      )}
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
