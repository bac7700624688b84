import { Alert, Button, Card, Col, List, Row, Select, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { usePrefs } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRegions } from '../../../components/regions';
import { EffectiveView } from './components/EffectiveView';
import { VersionView } from './components/VersionView';
import { useVersions } from './queries';

const DEFAULT_REGION = '370800';

/** 公开清单: anyone picks a region, its published versions, and reads the three lists. */
export default function PublicListsPage() {
  const { t } = usePrefs();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? DEFAULT_REGION;
  const regions = useRegions();
  const versions = useVersions(region);
  const rows = versions.data ?? [];
  const chosen = params.get('version') ?? rows[0]?.id;
  const index = rows.findIndex((v) => v.id === chosen);
  const previousId = index >= 0 ? rows[index + 1]?.id : undefined;
  const pick = (next: Record<string, string>) => setParams(next, { replace: true });
  return (
    <main className="pfc-section" data-testid="lists-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('lists.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('lists.intro')}</Typography.Paragraph>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        value={region}
        onChange={(code: string) => pick({ region: code })}
        loading={regions.isLoading}
        options={(regions.data ?? [])
          .filter((r) => r.code.length === 6)
          .map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
        style={{ width: '100%', maxWidth: 360, marginBottom: 16 }}
        aria-label={t('lists.region')}
        data-testid="lists-region"
      />
      <div style={{ marginBottom: 16 }}>
        <Link to={`/consultation/${region}`} data-testid="to-consultation">
          {t('lists.toConsultation')}
        </Link>
      </div>
      <EffectiveView key={region} code={region} />
      <ErrorAlert error={versions.error} />
      {versions.data && rows.length === 0 && (
        <Alert type="info" showIcon title={t('lists.noVersions')} data-testid="lists-empty" />
      )}
      {rows.length > 0 && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('lists.versions')}>
              <List
                data-testid="versions-list"
                dataSource={rows}
                renderItem={(v) => (
                  <List.Item
                    key={v.id}
                    data-testid="version-row"
                    actions={[
                      <Button
                        key="open"
                        type={v.id === chosen ? 'primary' : 'default'}
                        size="small"
                        onClick={() => pick({ region, version: v.id })}
                        data-testid="version-open"
                      >
                        {t('lists.open')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={`${t('lists.versionNo', { n: v.versionNo })} · ${v.documentNumber}`}
                      description={`${t('lists.effectiveDate')} ${v.effectiveDate} · ${t(`lists.source.${v.source}` as 'lists.source.workflow')}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            {chosen && <VersionView key={chosen} id={chosen} previousId={previousId} />}
          </Col>
        </Row>
      )}
    </main>
  );
}
