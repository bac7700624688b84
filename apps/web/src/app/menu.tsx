import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DiffOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  IdcardOutlined,
  KeyOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../locales/zh-CN';
import { type Access, hasAnyRole } from './access';

export interface MenuEntry {
  key: string;
  labelKey: MessageKey;
  icon?: ReactNode;
  /** Route of the page; absent on groups and on parts not built yet. */
  path?: string;
  visible: (access: Access) => boolean;
  /** A later part of the platform: shown disabled with "即将上线", never as a fake page. */
  comingSoon?: boolean;
  children?: MenuEntry[];
}

const admin = (a: Access) => a.isAdmin;

/** The whole navigation; what each user sees is filtered by their roles. */
export const MENU: MenuEntry[] = [
  {
    key: 'workbench',
    labelKey: 'menu.workbench',
    icon: <DashboardOutlined />,
    path: '/workbench',
    visible: (a) => a.signedIn,
  },
  { key: 'me', labelKey: 'menu.me', icon: <UserOutlined />, path: '/me', visible: (a) => a.isApplicant },
  {
    key: 'org',
    labelKey: 'menu.org',
    icon: <ApartmentOutlined />,
    visible: admin,
    children: [
      { key: 'regions', labelKey: 'menu.regions', icon: <ClusterOutlined />, path: '/admin/regions', visible: admin },
      { key: 'units', labelKey: 'menu.units', icon: <BankOutlined />, path: '/admin/units', visible: admin },
      { key: 'staff', labelKey: 'menu.staff', icon: <TeamOutlined />, path: '/admin/staff', visible: admin },
      {
        key: 'applicants',
        labelKey: 'menu.applicants',
        icon: <IdcardOutlined />,
        path: '/admin/applicants',
        visible: admin,
      },
    ],
  },
  // Window clerks register applicants too, without seeing the rest of the organisation pages.
  {
    key: 'applicants-clerk',
    labelKey: 'menu.applicants',
    icon: <IdcardOutlined />,
    path: '/admin/applicants',
    visible: (a) => a.canRegisterApplicants && !a.isAdmin,
  },
  { key: 'calendar', labelKey: 'menu.calendar', icon: <CalendarOutlined />, path: '/admin/calendar', visible: admin },
  { key: 'synonyms', labelKey: 'menu.synonyms', icon: <NodeIndexOutlined />, path: '/admin/synonyms', visible: admin },
  {
    key: 'audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    path: '/admin/audit',
    visible: (a) => a.isPlatformAdmin,
  },

  {
    key: 'catalog',
    labelKey: 'menu.catalog',
    icon: <UnorderedListOutlined />,
    visible: (a) => a.canSeeCatalog,
    children: [
      {
        key: 'catalog-items',
        labelKey: 'menu.catalogItems',
        icon: <ProfileOutlined />,
        path: '/catalog/items',
        visible: (a) => a.canSeeCatalog,
      },
      {
        key: 'catalog-entries',
        labelKey: 'menu.catalogEntries',
        icon: <FileTextOutlined />,
        path: '/catalog/entries',
        visible: (a) => a.canSeeCatalog,
      },
      {
        key: 'catalog-queue',
        labelKey: 'menu.catalogQueue',
        icon: <CheckSquareOutlined />,
        path: '/catalog/queue',
        visible: (a) => a.canReviewCatalog,
      },
      {
        key: 'catalog-publication',
        labelKey: 'menu.catalogPublication',
        icon: <NotificationOutlined />,
        path: '/catalog/publication',
        visible: (a) => a.canManageLists || a.canModerateComments,
      },
      {
        key: 'catalog-adjustments',
        labelKey: 'menu.catalogAdjustments',
        icon: <DiffOutlined />,
        path: '/catalog/adjustments',
        visible: (a) => a.canSeeAdjustments,
      },
    ],
  },

  // The public lookup, reachable from the staff side too (it opens in the public layout).
  { key: 'search', labelKey: 'menu.search', icon: <FileSearchOutlined />, path: '/search', visible: (a) => a.signedIn },

  // 告知承诺办件 (SPEC §2.4): each role sees its own way in.
  { key: 'apply', labelKey: 'menu.apply', icon: <FormOutlined />, path: '/apply', visible: (a) => a.isApplicant },
  {
    key: 'my-applications',
    labelKey: 'menu.myApplications',
    icon: <FileProtectOutlined />,
    path: '/applications',
    visible: (a) => a.isApplicant,
  },
  {
    key: 'application-queue',
    labelKey: 'menu.applicationQueue',
    icon: <FileProtectOutlined />,
    path: '/applications',
    visible: (a) => a.isWindowClerk,
  },
  {
    key: 'proxy-apply',
    labelKey: 'menu.proxyApply',
    icon: <FormOutlined />,
    path: '/apply',
    visible: (a) => hasAnyRole(a, ['grid_worker']) && !a.isWindowClerk,
  },
  {
    key: 'proxy-applications',
    labelKey: 'menu.proxyApplications',
    icon: <FileProtectOutlined />,
    path: '/applications',
    visible: (a) => hasAnyRole(a, ['grid_worker']) && !a.isWindowClerk,
  },
  {
    key: 'credit',
    labelKey: 'menu.creditStatus',
    icon: <StarOutlined />,
    path: '/credit',
    visible: (a) => a.canManageCredit,
  },

  // Later parts (SPEC §2.5–2.8).
  {
    key: 'verification',
    labelKey: 'menu.verification',
    icon: <SafetyCertificateOutlined />,
    comingSoon: true,
    visible: (a) => hasAnyRole(a, ['verifier', 'grid_worker', 'unit_head']),
  },
  {
    key: 'complaints',
    labelKey: 'menu.complaints',
    icon: <WarningOutlined />,
    comingSoon: true,
    visible: (a) => a.isApplicant || hasAnyRole(a, ['complaint_handler', 'unit_head']),
  },
  {
    key: 'assessment',
    labelKey: 'menu.assessment',
    icon: <TrophyOutlined />,
    comingSoon: true,
    visible: (a) => hasAnyRole(a, ['assessor', 'leadership_office']),
  },

  {
    key: 'password',
    labelKey: 'menu.password',
    icon: <KeyOutlined />,
    path: '/account/password',
    visible: (a) => a.signedIn,
  },
  {
    key: 'second-factor',
    labelKey: 'menu.secondFactor',
    icon: <SafetyOutlined />,
    path: '/account/second-factor',
    visible: (a) => a.isStaff,
  },
];

export function visibleMenu(access: Access, entries: MenuEntry[] = MENU): MenuEntry[] {
  return entries
    .filter((e) => e.visible(access))
    .map((e) => (e.children ? { ...e, children: visibleMenu(access, e.children) } : e))
    .filter((e) => !e.children || e.children.length > 0);
}

/** The menu entry whose path is the longest prefix of the current location. */
export function selectedKeys(entries: MenuEntry[], pathname: string): string[] {
  let best: MenuEntry | undefined;
  const walk = (list: MenuEntry[]) => {
    for (const e of list) {
      if (
        e.path &&
        (pathname === e.path || pathname.startsWith(`${e.path}/`)) &&
        (!best?.path || e.path.length > best.path.length)
      )
        best = e;
      if (e.children) walk(e.children);
    }
  };
  walk(entries);
  return best ? [best.key] : [];
}
