import { PlusOutlined } from '@ant-design/icons';
import { APPLICATION_STATUSES, type ApplicationStatus, type ApplicationSummary } from '@pfc/contracts';
import { Button, Card, Flex, Grid, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { hasAnyRole } from '../../../app/access';
import { enumLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import type { MessageKey } from '../../../locales/zh-CN';
import { applicationColumns } from './columns';
import { ApplicationCards } from './components/ApplicationCards';
import { useApplications } from './queries';

/**
 * 我的办件 (applicant) · 办件受理 (window clerk: the office's queue) · 我代办的 (grid worker).
 * The server scopes the list; the page only names it and offers the matching start button.
 */
export default function ApplicationsPage() {
  const { t, lang } = usePrefs();
  const navigate = useNavigate();
  const { access } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const paging = usePaging();
  const [status, setStatus] = useState<ApplicationStatus | undefined>();
  const list = useApplications({ status, page: paging.page, pageSize: paging.pageSize });
  const clerk = access.isWindowClerk;
  const grid = hasAnyRole(access, ['grid_worker']);
  const view: { title: MessageKey; description: MessageKey; start: MessageKey } = clerk
    ? { title: 'menu.applicationQueue', description: 'applications.queueHint', start: 'applications.startCounter' }
    : grid
      ? { title: 'menu.proxyApplications', description: 'applications.proxyHint', start: 'menu.proxyApply' }
      : { title: 'menu.myApplications', description: 'applications.mineHint', start: 'menu.apply' };
  const showApplicant = access.isStaff;

  return (
    <>
      <PageHeader
        title={t(view.title)}
        description={t(view.description)}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/apply')}
            data-testid="applications-start"
          >
            {t(view.start)}
          </Button>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select<ApplicationStatus | 'all'>
            value={status ?? 'all'}
            onChange={paging.onFilter((v: ApplicationStatus | 'all') => setStatus(v === 'all' ? undefined : v))}
            aria-label={t('common.status')}
            options={[
              { value: 'all', label: t('applications.allStatuses') },
              ...(Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]).map((s) => ({
                value: s,
                label: enumLabel(APPLICATION_STATUSES, s, lang),
              })),
            ]}
            style={{ width: 220, maxWidth: '100%' }}
            data-testid="applications-status-filter"
          />
        </Flex>
        {mobile ? (
          <ApplicationCards list={list} paging={paging} showApplicant={showApplicant} />
        ) : (
          <PagedTable<ApplicationSummary>
            list={list}
            paging={paging}
            columns={applicationColumns(t, showApplicant)}
            data-testid="applications-table"
          />
        )}
      </Card>
    </>
  );
}
