import { AuditOutlined } from '@ant-design/icons';
import type { PageOf, ProofEntryView } from '@pfc/contracts';
import { Button, Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { usePaging } from '../../../../components/PagedTable';
import { DispositionTag } from '../../entries/columns';
import { FindingsBadge } from '../../shared/FindingsBadge';
import { JointProgress } from './JointProgress';

/** The review queue on a phone: one card per entry instead of a wide table. */
export function QueueCards({
  list,
  paging,
  joint,
  onOpen,
  testId,
}: {
  list: { data?: PageOf<ProofEntryView>; isFetching: boolean; error: unknown };
  paging: ReturnType<typeof usePaging>;
  joint: boolean;
  onOpen: (entry: ProofEntryView) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={list.error} />
      <Spin spinning={list.isFetching}>
        <Flex vertical gap={12} data-testid={testId}>
          {list.data && list.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {list.data?.items.map((e) => (
            <Card key={e.id} size="small" data-testid="queue-row">
              <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
                {e.name}
              </Typography.Text>
              <Flex gap={6} wrap align="center" style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">{e.unitName}</Typography.Text>
                <DispositionTag disposition={e.disposition} t={t} />
                <FindingsBadge findings={e.findings} />
              </Flex>
              {joint && e.jointReview && (
                <div style={{ marginBottom: 8 }}>
                  <JointProgress entry={e} t={t} />
                </div>
              )}
              <Button
                block
                type="primary"
                icon={<AuditOutlined />}
                onClick={() => onOpen(e)}
                aria-label={`${t('catalog.queue.review')} ${e.name}`}
                data-testid="queue-open"
              >
                {t('catalog.queue.review')}
              </Button>
            </Card>
          ))}
        </Flex>
      </Spin>
      {(list.data?.total ?? 0) > paging.pageSize && (
        <Pagination
          current={paging.page}
          pageSize={paging.pageSize}
          total={list.data?.total ?? 0}
          size="small"
          showTotal={(total) => t('common.total', { total })}
          onChange={paging.onPageChange}
          style={{ marginTop: 12, justifyContent: 'center' }}
        />
      )}
    </>
  );
}
