import type { AuditEventView } from '@pfc/contracts';
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import { roleLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';
import type { MessageKey } from '../../../locales/zh-CN';

export function actionLabel(action: string, t: Translate): string {
  const key = `audit.action.${action}` as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}

export function auditColumns(t: Translate, lang: Lang): ColumnsType<AuditEventView> {
  return [
    { title: t('audit.time'), dataIndex: 'occurredAt', key: 'time', render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) => (
        <span>
          {e.actorName ?? t('audit.system')}
          {e.actorRole && (
            <Typography.Text type="secondary">
              {' '}
              ·{' '}
              {e.actorRole === 'staff' || e.actorRole === 'applicant'
                ? t(`audit.kind.${e.actorRole}`)
                : roleLabel(e.actorRole, lang)}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      render: (a: string) => (
        <span>
          {actionLabel(a, t)} <Tag bordered={false}>{a}</Tag>
        </span>
      ),
    },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, e) => (
        <Typography.Text code copyable={{ text: e.targetId }} style={{ fontSize: '0.85em' }}>
          {e.targetType}:{e.targetId.length > 14 ? `${e.targetId.slice(0, 8)}…` : e.targetId}
        </Typography.Text>
      ),
    },
  ];
}
