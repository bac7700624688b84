import { Menu, type MenuProps, Tag } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { type MenuEntry, selectedKeys, visibleMenu } from '../menu';
import { type Translate, useT } from '../prefs';
import { useSession } from '../session';

type Item = Required<MenuProps>['items'][number];

function toItems(entries: MenuEntry[], t: Translate): Item[] {
  return entries.map((e) => {
    const label = e.comingSoon ? (
      <span>
        {t(e.labelKey)}{' '}
        <Tag bordered={false} style={{ marginInlineStart: 4 }}>
          {t('menu.comingSoon')}
        </Tag>
      </span>
    ) : (
      t(e.labelKey)
    );
    if (e.children) return { key: e.key, icon: e.icon, label, children: toItems(e.children, t) };
    return { key: e.key, icon: e.icon, label, disabled: !!e.comingSoon, title: t(e.labelKey) };
  });
}

function pathOf(entries: MenuEntry[], key: string): string | undefined {
  for (const e of entries) {
    if (e.key === key) return e.path;
    const inner = e.children ? pathOf(e.children, key) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The role-dependent navigation, used in the Sider (desktop) and in the Drawer (phones). */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { access } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = visibleMenu(access);
  return (
    <Menu
      mode="inline"
      items={toItems(entries, t)}
      selectedKeys={selectedKeys(entries, pathname)}
      defaultOpenKeys={entries.filter((e) => e.children).map((e) => e.key)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="nav-menu"
      onClick={({ key }) => {
        const path = pathOf(entries, key);
        if (path) {
          navigate(path);
          onNavigate?.();
        }
      }}
    />
  );
}
