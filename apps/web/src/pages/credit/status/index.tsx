import { normalizeIdentifier, type ApplicantView } from '@pfc/contracts';
import { Button, Card, Col, Empty, Flex, Input, List, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { CreditPanel } from './components/CreditPanel';
import { useApplicantSearch } from './queries';

type SearchBy = 'name' | 'identifier';

/**
 * 信用状况: the credit officer records that someone made a false commitment or has a serious
 * bad-credit record (or has repaired it); the apply page then stops offering commitment to them.
 */
export default function CreditPage() {
  const t = useT();
  const [searchBy, setSearchBy] = useState<SearchBy>('identifier');
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<ApplicantView | null>(null);
  const list = useApplicantSearch({
    page: 1,
    pageSize: 20,
    ...(term ? (searchBy === 'name' ? { q: term } : { identifier: normalizeIdentifier(term) }) : {}),
  });

  return (
    <>
      <PageHeader title={t('menu.creditStatus')} description={t('credit.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('credit.find')}>
            <Flex gap={8} wrap role="search" style={{ marginBottom: 12 }}>
              <Select<SearchBy>
                value={searchBy}
                onChange={(v) => {
                  setSearchBy(v);
                  setTerm('');
                }}
                aria-label={t('applicants.searchBy')}
                options={[
                  { value: 'identifier', label: t('applicants.searchByIdentifier') },
                  { value: 'name', label: t('applicants.searchByName') },
                ]}
                style={{ width: 140 }}
                data-testid="credit-search-by"
              />
              <Input.Search
                key={searchBy}
                allowClear
                placeholder={t(searchBy === 'name' ? 'applicants.searchNamePlaceholder' : 'applicants.searchIdPlaceholder')}
                aria-label={t(searchBy === 'name' ? 'applicants.searchNamePlaceholder' : 'applicants.searchIdPlaceholder')}
                enterButton={t('common.search')}
                onSearch={(v) => setTerm(v.trim())}
                style={{ flex: 1, minWidth: 200 }}
                data-testid="credit-search"
              />
            </Flex>
            <ErrorAlert error={list.error} />
            {term && list.data && list.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.noApplicant')} />}
            {list.data && list.data.items.length > 0 && (
              <List
                size="small"
                loading={list.isFetching}
                dataSource={list.data.items}
                data-testid="credit-applicants"
                renderItem={(a) => (
                  <List.Item
                    key={a.id}
                    actions={[
                      <Button key="open" type={chosen?.id === a.id ? 'primary' : 'default'} size="small" onClick={() => setChosen(a)} data-testid="credit-open">
                        {t('common.view')}
                      </Button>,
                    ]}
                  >
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{a.name}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" code>
                        {a.identifierMasked}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {chosen ? <CreditPanel applicant={chosen} /> : <Card><Empty description={t('credit.pickFirst')} /></Card>}
        </Col>
      </Row>
    </>
  );
}
