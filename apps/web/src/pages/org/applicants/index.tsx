import { PlusOutlined } from '@ant-design/icons';
import { type ApplicantView, normalizeIdentifier } from '@pfc/contracts';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { regionNameMap, useRegions } from '../../../components/regions';
import { applicantColumns } from './columns';
import { ApplicantFormDrawer } from './components/ApplicantFormDrawer';
import { useApplicants } from './queries';

type SearchBy = 'name' | 'identifier';

/** 申请人管理: search by name or by the exact ID number; only masked values are shown. */
export default function ApplicantsPage() {
  const t = useT();
  const regions = regionNameMap(useRegions().data);
  const paging = usePaging();
  const [searchBy, setSearchBy] = useState<SearchBy>('name');
  const [term, setTerm] = useState('');
  const [creating, setCreating] = useState(false);
  const list = useApplicants({
    page: paging.page,
    pageSize: paging.pageSize,
    ...(term ? (searchBy === 'name' ? { q: term } : { identifier: normalizeIdentifier(term) }) : {}),
  });

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
            onChange={paging.onFilter((v: SearchBy) => {
              setSearchBy(v);
              setTerm('');
            })}
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
            onSearch={paging.onFilter((v: string) => setTerm(v.trim()))}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </Flex>
        {searchBy === 'identifier' && (
          <Typography.Paragraph type="secondary">{t('applicants.exactHint')}</Typography.Paragraph>
        )}
        <PagedTable<ApplicantView> list={list} paging={paging} columns={applicantColumns(t, regions)} data-testid="applicants-table" />
      </Card>
      <ApplicantFormDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
