import { PlusOutlined } from '@ant-design/icons';
import { type ApplicantView, normalizeIdentifier } from '@pfc/contracts';
import { Alert, Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { errorMessage } from '../../../app/request';
import { PageHeader } from '../../../components/PageHeader';
import { regionNameMap, useRegions } from '../../../components/regions';
import { applicantColumns } from './columns';
import { ApplicantFormDrawer } from './components/ApplicantFormDrawer';
import { useApplicants } from './queries';

type SearchBy = 'name' | 'identifier';

/** 申请人管理: search by name or by the exact ID number; only masked values are shown. */
export default function ApplicantsPage() {
  const t = useT();
  const regions = regionNameMap(useRegions().data);
  const [searchBy, setSearchBy] = useState<SearchBy>('name');
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const query = {
    page,
    pageSize,
    ...(term ? (searchBy === 'name' ? { q: term } : { identifier: normalizeIdentifier(term) }) : {}),
  };
  const { data, isFetching, error } = useApplicants(query);

  return (
    <>
      <PageHeader
        title={t('menu.applicants')}
        description={t('applicants.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="applicant-create">
            {t('applicants.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search">
          <Select<SearchBy>
            value={searchBy}
            onChange={(v) => {
              setSearchBy(v);
              setTerm('');
              setPage(1);
            }}
            aria-label={t('applicants.searchBy')}
            options={[
              { value: 'name', label: t('applicants.searchByName') },
              { value: 'identifier', label: t('applicants.searchByIdentifier') },
            ]}
            style={{ width: 160 }}
          />
          <Input.Search
            key={searchBy}
            allowClear
            placeholder={t(searchBy === 'name' ? 'applicants.searchNamePlaceholder' : 'applicants.searchIdPlaceholder')}
            aria-label={t(searchBy === 'name' ? 'applicants.searchNamePlaceholder' : 'applicants.searchIdPlaceholder')}
            enterButton={t('common.search')}
            onSearch={(v) => {
              setTerm(v.trim());
              setPage(1);
            }}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </Flex>
        {searchBy === 'identifier' && (
          <Typography.Paragraph type="secondary">{t('applicants.exactHint')}</Typography.Paragraph>
        )}
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
        <Table<ApplicantView>
          rowKey="id"
          columns={applicantColumns(t, regions)}
          dataSource={data?.items}
          loading={isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="applicants-table"
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
      <ApplicantFormDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
