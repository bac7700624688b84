import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../app/prefs';
import { useOverdueEntries } from '../queries';

/** 逾期事项: proof entries past their clean-up stage's due date; hidden when there are none. */
export function OverdueCard() {
  const t = useT();
  const overdue = useOverdueEntries(true);
  const rows = overdue.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Card title={t('overdue.title')} extra={<Tag color="red">{rows.length}</Tag>} data-testid="overdue-card">
      <List
        dataSource={rows}
        rowKey={(r) => `${r.entryId}-${r.stage}`}
        renderItem={(r) => (
          <List.Item data-testid="overdue-entry">
            <List.Item.Meta
              title={<Link to={`/catalog/entries/${r.entryId}`}>{r.name}</Link>}
              description={
                <>
                  {r.unitName} · {t('overdue.stage')}：{r.statusLabel}
                  {r.roundTitle && ` · ${r.roundTitle}`}
                </>
              }
            />
            <Typography.Text type="danger">
              {t('overdue.due')}：{r.due}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
