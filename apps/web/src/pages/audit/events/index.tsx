import type { AuditEventView } from '@pfc/contracts';
import { Button, Card, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { usePrefs } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { auditColumns } from './columns';
import { VerifyPanel } from './components/VerifyPanel';
import { useAuditEvents } from './queries';

function prettyDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}

/** 审计日志: the append-only, hash-chained record of every change. */
export default function AuditPage() {
  const { t, lang } = usePrefs();
  const [targetType, setTargetType] = useState('');
  const [targetId, setTargetId] = useState('');
  const [filter, setFilter] = useState<{ targetType?: string; targetId?: string }>({});
  const events = useAuditEvents(filter);
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('menu.audit')} description={t('audit.description')} />
      <Card>
        <VerifyPanel />
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter({ targetType: targetType.trim() || undefined, targetId: targetId.trim() || undefined });
          }}
        >
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Input
              value={targetType}
              onChange={(e) => setTargetType(e.target.value)}
              placeholder={t('audit.targetType')}
              aria-label={t('audit.targetType')}
              style={{ width: 180 }}
              allowClear
            />
            <Input
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
              placeholder={t('audit.targetId')}
              aria-label={t('audit.targetId')}
              style={{ width: 300, maxWidth: '100%' }}
              allowClear
            />
            <Button htmlType="submit" type="primary">
              {t('common.search')}
            </Button>
          </Flex>
        </form>
        <ErrorAlert error={events.error} />
        <Table<AuditEventView>
          rowKey="id"
          columns={auditColumns(t, lang)}
          dataSource={rows}
          loading={events.isFetching && !events.isFetchingNextPage}
          pagination={false}
          scroll={{ x: 'max-content' }}
          size="small"
          data-testid="audit-table"
          expandable={{
            expandedRowRender: (e) => (
              <div>
                <Typography.Text type="secondary">
                  {t('audit.requestId')}: {e.requestId ?? '—'}
                </Typography.Text>
                <pre style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {prettyDetails(e.details)}
                </pre>
              </div>
            ),
          }}
        />
        {events.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
              {t('audit.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
