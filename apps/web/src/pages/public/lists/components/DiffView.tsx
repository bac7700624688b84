import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useDiff } from '../queries';

/** 与上一版比较: what the chosen version added, removed and changed. */
export function DiffView({ id, against }: { id: string; against: string | undefined }) {
  const t = useT();
  const diff = useDiff(id, against);
  if (!against) return <Alert type="info" showIcon title={t('lists.noPrevious')} data-testid="diff-none" />;
  if (diff.error) return <ErrorAlert error={diff.error} />;
  if (!diff.data) return <Card loading />;
  const { added, removed, changed } = diff.data;
  if (added.length + removed.length + changed.length === 0)
    return <Alert type="info" showIcon title={t('lists.noChanges')} data-testid="diff-view" />;
  const groups = [
    {
      key: 'added',
      color: 'success',
      label: t('lists.added', { n: added.length }),
      rows: added.map((a) => ({ id: a.entryId, name: a.name, extra: a.lists })),
    },
    {
      key: 'removed',
      color: 'error',
      label: t('lists.removed', { n: removed.length }),
      rows: removed.map((a) => ({ id: a.entryId, name: a.name, extra: a.lists })),
    },
    {
      key: 'changed',
      color: 'warning',
      label: t('lists.changed', { n: changed.length }),
      rows: changed.map((a) => ({ id: a.entryId, name: a.name, extra: a.fields })),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="diff-view">
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => (
          <Card key={g.key} size="small" title={<Tag color={g.color}>{g.label}</Tag>} data-testid={`diff-${g.key}`}>
            <List
              size="small"
              dataSource={g.rows}
              renderItem={(r) => (
                <List.Item key={r.id}>
                  <Typography.Text>{r.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {r.extra
                      .map((x) => (g.key === 'changed' ? x : t(`lists.tab.${x}` as 'lists.tab.retained')))
                      .join('、')}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        ))}
    </Space>
  );
}
