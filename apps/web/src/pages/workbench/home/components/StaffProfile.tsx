import type { SessionView } from '@pfc/contracts';
import { Card, Descriptions, Flex, Tag } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { roleLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';

/** The signed-in staff member: unit and role grants with their scope. */
export function StaffProfile({ session }: { session: SessionView }) {
  const { t, lang } = usePrefs();
  const scopeOf = (g: SessionView['grants'][number]) => g.unitName ?? g.regionName ?? t('staff.scopePlatform');
  return (
    <Card title={t('workbench.myAccount')} data-testid="staff-profile">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('staff.displayName'), children: session.user.displayName },
          { key: 'username', label: t('auth.username'), children: session.user.username },
          { key: 'unit', label: t('staff.unit'), children: session.user.unitName ?? '—' },
          { key: 'expires', label: t('workbench.sessionExpires'), children: formatDateTime(session.expiresAt) },
          {
            key: 'roles',
            label: t('staff.roles'),
            span: 'filled',
            children: (
              <Flex gap={6} wrap>
                {session.grants.map((g, i) => (
                  <Tag color="blue" key={`${g.role}-${i}`}>
                    {roleLabel(g.role, lang)} · {scopeOf(g)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
