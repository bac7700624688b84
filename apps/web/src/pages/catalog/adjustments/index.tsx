import { ADJUSTMENT_STATUSES, type AdjustmentView } from '@pfc/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { todayInChina } from '../../../app/format';
import { useT } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RegionSelect } from '../../../components/RegionSelect';
import { adjustmentColumns } from './columns';
import { FilingModal } from './components/FilingModal';
import { PublishCard } from './components/PublishCard';
import { RequestDrawer } from './components/RequestDrawer';
import { ReviewModal } from './components/ReviewModal';
import { useAdjustments, useOverdueFilings } from './queries';

/** 动态调整: requests to add, change or remove published proofs, their review, publication and filing. */
export default function AdjustmentsPage() {
  const t = useT();
  const { session, access } = useSession();
  const roles = access.roles;
  const canRequest = access.canEditCatalog;
  const canReview = roles.includes('legal_reviewer');
  const canManage = access.canManageLists;
  const own =
    session?.grants.find((g) => (g.role === 'leadership_office' || g.role === 'admin') && g.regionCode)?.regionCode ??
    '370800';
  const [region, setRegion] = useState<string>(own);
  const [status, setStatus] = useState<string | undefined>();
  const [requesting, setRequesting] = useState(false);
  const [reviewing, setReviewing] = useState<AdjustmentView | null>(null);
  const [filing, setFiling] = useState<AdjustmentView | null>(null);
  const list = useAdjustments(status);
  const overdueFilings = useOverdueFilings(canManage);
  const overdueIds = new Set((overdueFilings.data ?? []).map((a) => a.id));
  const today = todayInChina();
  const columns = adjustmentColumns({
    t,
    overdue: (a) => overdueIds.has(a.id) || (!!a.filingDue && !a.filedAt && a.filingDue < today),
    canReview,
    canFile: canManage,
    onReview: setReviewing,
    onFile: setFiling,
  });

  return (
    <>
      <PageHeader
        title={t('menu.catalogAdjustments')}
        description={t('adj.description')}
        extra={
          canRequest && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRequesting(true)}
              data-testid="adjustment-create"
            >
              {t('adj.request')}
            </Button>
          )
        }
      />
      {canManage && (
        <>
          <Flex style={{ marginBottom: 12 }}>
            <RegionSelect
              value={region}
              onChange={(v) => v && setRegion(v)}
              style={{ minWidth: 220, maxWidth: '100%' }}
              data-testid="adjustment-region"
            />
          </Flex>
          <PublishCard key={region} code={region} />
        </>
      )}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Select
            value={status}
            onChange={(v: string | undefined) => setStatus(v)}
            allowClear
            placeholder={t('adj.allStatuses')}
            aria-label={t('common.status')}
            options={ADJUSTMENT_STATUSES.map((s) => ({ value: s, label: t(`adj.status.${s}`) }))}
            style={{ width: 200, maxWidth: '100%' }}
            data-testid="adjustment-filter-status"
          />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<AdjustmentView>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: t('adj.empty') }}
          data-testid="adjustments-table"
        />
      </Card>
      <RequestDrawer open={requesting} onClose={() => setRequesting(false)} />
      <ReviewModal adjustment={reviewing} onClose={() => setReviewing(null)} />
      <FilingModal adjustment={filing} onClose={() => setFiling(null)} />
    </>
  );
}
