import { SafetyCertificateOutlined } from '@ant-design/icons';
import { LETTER_STATUSES, type DisclosedCommitment } from '@pfc/contracts';
import { Card, Col, Collapse, Empty, Flex, Grid, Pagination, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import { enumLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePublicRegions } from '../search/queries';
import { regionPath } from '../search/region';
import { useDisclosedCommitments } from './queries';

function CommitmentCard({ item, regionName }: { item: DisclosedCommitment; regionName: string }) {
  const { t, lang } = usePrefs();
  return (
    <Card size="small" data-testid="disclosed-commitment">
      <Flex justify="space-between" gap={8} align="flex-start" wrap>
        <Typography.Text strong style={{ wordBreak: 'break-word', minWidth: 0 }}>
          {item.applicant}（{item.identifierMasked}）
        </Typography.Text>
        <Tag color={item.status === 'withdrawn' ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
          {enumLabel(LETTER_STATUSES, item.status, lang)}
        </Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 0', wordBreak: 'break-word' }}>
        {t('disclosure.commitsFor', { proof: item.proofName, item: item.serviceItemName })}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ display: 'block', wordBreak: 'break-word' }}>
        {item.unitName} · {regionName} · {formatDateTime(item.signedAt)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', wordBreak: 'break-all' }}>
        {t('disclosure.number')}：
        <Link to={`/letters/${encodeURIComponent(item.number)}`} data-testid="disclosed-verify">
          {item.number}
        </Link>
      </Typography.Text>
      {item.pledge.length > 0 && (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 4 }}
          items={[
            {
              key: 'pledge',
              label: t('disclosure.pledge'),
              children: (
                <ol style={{ margin: 0, paddingInlineStart: '1.4em' }}>
                  {item.pledge.map((p, i) => (
                    <li key={i} style={{ wordBreak: 'break-word' }}>
                      {p}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** 承诺公示: the public list of commitments made in lieu of proofs, so anyone can report a false one. */
export default function CommitmentsPage() {
  const { t } = usePrefs();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const regions = usePublicRegions();
  const list = useDisclosedCommitments(region, page);
  const options = useMemo(
    () => (regions.data ?? []).map((r) => ({ value: r.code, label: regionPath(regions.data ?? [], r.code) })),
    [regions.data],
  );
  const nameOf = (code: string) => (regions.data ? regionPath(regions.data, code) : code);
  const go = (next: { region?: string | null; page?: number }) => {
    const query: Record<string, string> = {};
    const r = next.region === undefined ? region : next.region;
    if (r) query.region = r;
    if (next.page && next.page > 1) query.page = String(next.page);
    setParams(query);
  };

  return (
    <main className="pfc-section" data-testid="commitments-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('disclosure.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('disclosure.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} align="middle">
        <Col xs={24} md={10}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            value={region}
            onChange={(code?: string) => go({ region: code ?? null, page: 1 })}
            options={options}
            loading={regions.isLoading}
            placeholder={t('common.allRegions')}
            aria-label={t('search.region')}
            style={{ width: '100%' }}
            data-testid="commitments-region"
          />
        </Col>
        <Col xs={24} md={14}>
          <Link to="/letters/verify">
            <SafetyCertificateOutlined /> {t('disclosure.toVerify')}
          </Link>
        </Col>
      </Row>
      <ErrorAlert error={list.error} />
      {list.isLoading && <Skeleton active />}
      {list.data && list.data.items.length === 0 && <Empty description={t('disclosure.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <>
          <Typography.Paragraph type="secondary">{t('common.total', { total: list.data.total })}</Typography.Paragraph>
          <Flex vertical gap={12} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} data-testid="commitments-list">
            {list.data.items.map((item) => (
              <CommitmentCard key={item.number} item={item} regionName={nameOf(item.regionCode)} />
            ))}
          </Flex>
          {list.data.total > list.data.pageSize && (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Pagination
                current={list.data.page}
                pageSize={list.data.pageSize}
                total={list.data.total}
                showSizeChanger={false}
                simple={mobile}
                onChange={(p) => {
                  go({ page: p });
                  window.scrollTo(0, 0);
                }}
              />
            </Flex>
          )}
        </>
      )}
    </main>
  );
}
