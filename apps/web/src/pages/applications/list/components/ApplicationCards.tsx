import type { ApplicationSummary, PageOf } from '@pfc/contracts';
import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { usePaging } from '../../../../components/PagedTable';
import { ApplicationStatusTag, DueDate, runningDue, runningDueProvisional } from '../../shared/labels';

/** The list on a phone: one card per application instead of a wide table. */
export function ApplicationCards({
  list,
  paging,
  showApplicant,
}: {
  list: { data?: PageOf<ApplicationSummary>; isFetching: boolean; error: unknown };
  paging: ReturnType<typeof usePaging>;
  showApplicant: boolean;
}) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={list.error} />
      <Spin spinning={list.isFetching}>
        <Flex vertical gap={12} data-testid="applications-list">
          {list.data && list.data.items.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.empty')} />
          )}
          {list.data?.items.map((a) => {
            const due = runningDue(a);
            return (
              <Card key={a.id} size="small" data-testid="application-row">
                <Flex justify="space-between" gap={8} align="flex-start">
                  <Link
                    to={`/applications/${a.id}`}
                    data-testid="application-open"
                    style={{ fontWeight: 600, wordBreak: 'break-word', minWidth: 0 }}
                  >
                    {a.serviceItemName}
                  </Link>
                  <ApplicationStatusTag status={a.status} />
                </Flex>
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, wordBreak: 'break-all' }}>
                  {a.number}
                  {showApplicant ? ` · ${a.applicantName}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {a.unitName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {a.submittedAt
                    ? `${t('applications.submittedAt')}：${formatDateTime(a.submittedAt)}`
                    : `${t('applications.createdAt')}：${formatDateTime(a.createdAt)}`}
                </Typography.Text>
                {due && (
                  <div>
                    <Typography.Text type="secondary">{t('applications.due')}：</Typography.Text>
                    <DueDate
                      date={due}
                      overdue={a.overdue}
                      provisional={runningDueProvisional(a)}
                      testId="application-due"
                    />
                  </div>
                )}
              </Card>
            );
          })}
        </Flex>
      </Spin>
      {(list.data?.total ?? 0) > paging.pageSize && (
        <Pagination
          current={paging.page}
          pageSize={paging.pageSize}
          total={list.data?.total ?? 0}
          size="small"
          simple
          onChange={paging.onPageChange}
          style={{ marginTop: 12, justifyContent: 'center' }}
        />
      )}
    </>
  );
}
