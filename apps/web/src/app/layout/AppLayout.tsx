import { DownOutlined, LogoutOutlined, MenuOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { usePrefs } from '../prefs';
import { useSession } from '../session';
import { HeaderTools } from './HeaderTools';
import { NavMenu } from './NavMenu';

export function Brand({ light = false }: { light?: boolean }) {
  const { t } = usePrefs();
  return (
    <Link to="/" className="pfc-brand" style={{ color: light ? '#fff' : undefined }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>{t('app.name')}</span>
    </Link>
  );
}

/** Signed-in shell: Sider menu on wide screens, a hamburger Drawer on phones. */
export function AppLayout() {
  const { t, largeText } = usePrefs();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { session, signOut } = useSession();
  const navigate = useNavigate();

  const userMenu = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('menu.password') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout') },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') navigate('/account/password');
      if (key === 'logout') void signOut();
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={largeText ? 290 : 240} theme="light" className="pfc-sider">
          <div className="pfc-sider-brand">
            <Brand />
          </div>
          <nav aria-label={t('menu.navigation')}>
            <NavMenu />
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="pfc-header">
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            {mobile && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('menu.open')}
                onClick={() => setDrawerOpen(true)}
                data-testid="menu-toggle"
                style={{ color: '#fff' }}
              />
            )}
            {mobile && <Brand light />}
          </Flex>
          <Flex align="center" gap={mobile ? 4 : 16} style={{ marginInlineStart: 'auto' }}>
            {!mobile && <HeaderTools />}
            <Dropdown menu={userMenu} trigger={['click']}>
              <Button type="text" style={{ color: '#fff' }} data-testid="user-menu">
                <UserOutlined />
                <Typography.Text ellipsis style={{ color: '#fff', maxWidth: mobile ? 72 : 200 }}>
                  {session?.user.displayName}
                </Typography.Text>
                <DownOutlined />
              </Button>
            </Dropdown>
          </Flex>
        </Layout.Header>
        <Layout.Content className="pfc-content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {mobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          <div style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <HeaderTools compact />
          </div>
          <nav aria-label={t('menu.navigation')}>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
      )}
    </Layout>
  );
}
