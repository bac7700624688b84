import type { ApplicantView } from '@pfc/contracts';
import { Button, Card, Col, Empty, List, Row, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { type ApplicantSearchBy, ApplicantSearch, applicantQuery } from '../../../components/ApplicantSearch';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { CreditPanel } from './components/CreditPanel';
import { useApplicantSearch } from './queries';

/**
 * 信用状况: the credit officer records that someone made a false commitment or has a serious
 * bad-credit record (or has repaired it); the apply page then stops offering commitment to them.
 */
export default function CreditPage() {
  const t = useT();
  const [searchBy, setSearchBy] = useState<ApplicantSearchBy>('identifier');
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<ApplicantView | null>(null);
  const list = useApplicantSearch({
    page: 1,
    pageSize: 20,
    ...applicantQuery(searchBy, term),
  });

  return (
    <>
      <PageHeader title={t('menu.creditStatus')} description={t('credit.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('credit.find')}>
            <ApplicantSearch
              by={searchBy}
              onByChange={(v) => {
                setSearchBy(v);
                setTerm('');
              }}
              onSearch={setTerm}
              testId="credit-search"
            />
            <ErrorAlert error={list.error} />
            {term && list.data && list.data.items.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.noApplicant')} />
            )}
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
                      <Button
                        key="open"
                        type={chosen?.id === a.id ? 'primary' : 'default'}
                        size="small"
                        onClick={() => setChosen(a)}
                        data-testid="credit-open"
                      >
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
          {chosen ? (
            <CreditPanel applicant={chosen} />
          ) : (
            <Card>
              <Empty description={t('credit.pickFirst')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
