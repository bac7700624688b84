import { Alert, Col, Empty, Flex, Grid, List, Pagination, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExampleChips } from './components/ExampleChips';
import { ProofSearchBox } from './components/ProofSearchBox';
import { RegionPicker } from './components/RegionPicker';
import { ResultCard } from './components/ResultCard';
import { useProofSearch } from './queries';
import { useRegionChoice } from './region';

/**
 * 证明查询: "can they still ask me for this proof?" The query lives in the URL (?q=&region=&page=)
 * so an answer can be shared and the back button walks through earlier searches.
 */
export default function SearchPage() {
  const t = useT();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const choice = useRegionChoice();
  const region = params.get('region') ?? choice.region;
  const regionKnown = !!region || !!choice.regions.error;
  const result = useProofSearch({ q, region, page }, !!q && regionKnown);
  const data = result.data;

  const go = (next: { q?: string; region?: string; page?: number }, replace = false) => {
    const query: Record<string, string> = {};
    const nextQ = next.q ?? q;
    const nextRegion = next.region ?? region;
    if (nextQ) query.q = nextQ;
    if (nextRegion) query.region = nextRegion;
    if (next.page && next.page > 1) query.page = String(next.page);
    setParams(query, { replace });
  };
  const search = (text: string) => go({ q: text, page: 1 });

  return (
    <main className="pfc-section" data-testid="search-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('search.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={7} lg={6}>
          <RegionPicker
            regions={choice.regions.data ?? []}
            value={region}
            loading={choice.regions.isLoading}
            onChange={(code) => {
              choice.remember(code);
              go({ region: code, page: 1 }, true);
            }}
          />
        </Col>
        <Col xs={24} md={17} lg={18}>
          <ProofSearchBox key={q} initial={q} region={region} onSubmit={search} />
        </Col>
      </Row>
      <div style={{ marginBottom: 20 }}>
        <ExampleChips onPick={search} />
      </div>
      <ErrorAlert error={result.error ?? choice.regions.error} />
      {!q && (
        <Typography.Paragraph type="secondary">
          <Link to="/qa">{t('search.toQa')}</Link>
          {' · '}
          <Link to={region ? `/lists?region=${region}` : '/lists'}>{t('search.toLists')}</Link>
        </Typography.Paragraph>
      )}
      {q && result.isLoading && <Skeleton active data-testid="search-loading" />}
      {q && data && (
        <section
          aria-live="polite"
          data-testid="search-results"
          style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}
        >
          {data.hint && (
            <Alert type="info" showIcon title={data.hint} style={{ marginBottom: 16 }} data-testid="search-hint" />
          )}
          {data.total > 0 ? (
            <>
              <Typography.Paragraph type="secondary" data-testid="search-count">
                {data.regionName
                  ? t('search.resultCount', { total: data.total, region: data.regionName })
                  : t('search.resultCountNoRegion', { total: data.total })}
              </Typography.Paragraph>
              <List
                dataSource={data.items}
                split={false}
                renderItem={(proof) => (
                  <List.Item key={`${proof.entryId}-${proof.source.versionId}`} style={{ padding: '0 0 12px' }}>
                    <div style={{ width: '100%', minWidth: 0 }}>
                      <ResultCard proof={proof} region={region} />
                    </div>
                  </List.Item>
                )}
              />
              {data.total > data.pageSize && (
                <Flex justify="center">
                  <Pagination
                    current={data.page}
                    pageSize={data.pageSize}
                    total={data.total}
                    showSizeChanger={false}
                    simple={mobile}
                    onChange={(p) => {
                      go({ page: p });
                      window.scrollTo(0, 0);
                    }}
                    data-testid="search-pagination"
                  />
                </Flex>
              )}
            </>
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {data.suggestions.length > 0 ? (
                <div data-testid="search-did-you-mean">
                  <Typography.Text strong>{t('search.didYouMean')}</Typography.Text>
                  <Flex gap={12} wrap style={{ marginTop: 8 }}>
                    {data.suggestions.map((s) => (
                      <Link
                        key={s.entryId}
                        to={region ? `/proofs/${s.entryId}?region=${region}` : `/proofs/${s.entryId}`}
                        data-testid="search-did-you-mean-item"
                      >
                        {s.name}
                      </Link>
                    ))}
                  </Flex>
                </div>
              ) : (
                <Empty description={t('search.noResult')} />
              )}
            </Space>
          )}
        </section>
      )}
    </main>
  );
}
