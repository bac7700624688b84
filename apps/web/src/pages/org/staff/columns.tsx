import type { StaffView } from '@pfc/contracts';
import { Button, Flex, Popconfirm, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import { roleLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';

export interface StaffActions {
  onEdit: (s: StaffView) => void;
  onToggleDisabled: (s: StaffView) => void;
  onUnlock: (s: StaffView) => void;
  onResetPassword: (s: StaffView) => void;
  onResetSecondFactor: (s: StaffView) => void;
  /** The signed-in administrator: their own second factor needs another administrator. */
  selfId: string | undefined;
}

export function staffColumns(opts: { t: Translate; lang: Lang } & StaffActions): ColumnsType<StaffView> {
  const { t, lang } = opts;
  return [
    // Pinned, so the row's owner stays in view while the table scrolls sideways to its actions.
    { title: t('auth.username'), dataIndex: 'username', key: 'username', fixed: 'left' },
    { title: t('staff.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('staff.unit'), dataIndex: 'unitName', key: 'unit', render: (v: string | null) => v ?? '—' },
    {
      title: t('staff.roles'),
      key: 'roles',
      render: (_, s) => (
        <Flex gap={4} wrap style={{ maxWidth: 360 }}>
          {s.grants.map((g, i) => (
            <Tag color="blue" key={`${g.role}-${i}`}>
              {roleLabel(g.role, lang)} · {g.unitName ?? g.regionName ?? t('staff.scopePlatform')}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, s) => (
        <Flex gap={4} wrap>
          {s.disabled && <Tag color="default">{t('staff.disabled')}</Tag>}
          {s.locked && <Tag color="red">{t('staff.locked')}</Tag>}
          {!s.disabled && !s.locked && <Tag color="green">{t('staff.active')}</Tag>}
          {s.secondFactorEnrolled && <Tag color="blue">{t('mfa.tag')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('staff.lastLogin'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 240,
      render: (_, s) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => opts.onEdit(s)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={
              s.disabled
                ? t('staff.enableConfirm', { name: s.displayName })
                : t('staff.disableConfirm', { name: s.displayName })
            }
            onConfirm={() => opts.onToggleDisabled(s)}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button size="small" danger={!s.disabled}>
              {s.disabled ? t('staff.enable') : t('staff.disable')}
            </Button>
          </Popconfirm>
          {s.locked && (
            <Button size="small" onClick={() => opts.onUnlock(s)}>
              {t('staff.unlock')}
            </Button>
          )}
          <Button size="small" onClick={() => opts.onResetPassword(s)}>
            {t('staff.resetPassword')}
          </Button>
          {s.secondFactorEnrolled && s.id !== opts.selfId && (
            <Popconfirm
              title={t('mfa.resetConfirm', { name: s.displayName })}
              onConfirm={() => opts.onResetSecondFactor(s)}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
            >
              <Button size="small" danger data-testid={`reset-mfa-${s.username}`}>
                {t('mfa.reset')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];
}
