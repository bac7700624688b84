import { PlusOutlined } from '@ant-design/icons';
import type { ApplicantView } from '@pfc/contracts';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { type ApplicantSearchBy, ApplicantSearch, applicantQuery } from '../../../components/ApplicantSearch';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { regionNameMap, useRegions } from '../../../components/regions';
import { applicantColumns } from './columns';
import { ApplicantFormDrawer } from './components/ApplicantFormDrawer';
import { useApplicants } from './queries';

/** 申请人管理: search by name or by the exact ID number; only masked values are shown. */
export default function ApplicantsPage() {
  const t = useT();
  const regions = regionNameMap(useRegions().data);
  const paging = usePaging();
  const [searchBy, setSearchBy] = useState<ApplicantSearchBy>('name');
  const [term, setTerm] = useState('');
  const [creating, setCreating] = useState(false);
  const list = useApplicants({
    page: paging.page,
    pageSize: paging.pageSize,
    ...applicantQuery(searchBy, term),
  });

  return (
    <>
      <PageHeader
        title={t('menu.applicants')}
        description={t('applicants.description')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="applicant-create"
          >
            {t('applicants.create')}
          </Button>
        }
      />
      <Card>
        <ApplicantSearch
          by={searchBy}
          onByChange={paging.onFilter((v: ApplicantSearchBy) => {
            setSearchBy(v);
            setTerm('');
          })}
          onSearch={paging.onFilter((v: string) => setTerm(v))}
          inputStyle={{ width: 320, maxWidth: '100%' }}
        />
        {searchBy === 'identifier' && (
          <Typography.Paragraph type="secondary">{t('applicants.exactHint')}</Typography.Paragraph>
        )}
        <PagedTable<ApplicantView>
          list={list}
          paging={paging}
          columns={applicantColumns(t, regions)}
          data-testid="applicants-table"
        />
      </Card>
      <ApplicantFormDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
