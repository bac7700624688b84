import { PlusOutlined } from '@ant-design/icons';
import type { ProofEntryView } from '@pfc/contracts';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePrefs } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { UnitSelect } from '../../../components/UnitSelect';
import { EDITABLE_STATUSES, ENTRY_STATUSES, statusKey } from '../shared/status';
import { entryColumns } from './columns';
import { useEntries } from './queries';

/** 证明事项: the attachment-4 inventory of every proof the units demand, with the rule check per row. */
export default function EntriesPage() {
  const { t, lang } = usePrefs();
  const { access } = useSession();
  const navigate = useNavigate();
  const paging = usePaging();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [disposition, setDisposition] = useState<'retain' | 'cancel' | undefined>();

  const list = useEntries({
    q: q || undefined,
    unitId,
    status,
    disposition,
    page: paging.page,
    pageSize: paging.pageSize,
  });
  const columns = entryColumns({
    t,
    lang,
    canEdit: (e: ProofEntryView) => access.canEditCatalog && EDITABLE_STATUSES.includes(e.status),
    onOpen: navigate,
  });

  return (
    <>
      <PageHeader
        title={t('menu.catalogEntries')}
        description={t('catalog.entries.description')}
        extra={
          access.canEditCatalog && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/catalog/entries/new')}
              data-testid="entry-create"
            >
              {t('catalog.entries.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            placeholder={t('catalog.entries.searchPlaceholder')}
            aria-label={t('catalog.entries.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={paging.onFilter((v: string) => setQ(v.trim()))}
            style={{ width: 280, maxWidth: '100%' }}
            data-testid="entry-search"
          />
          <UnitSelect
            value={unitId}
            onChange={paging.onFilter(setUnitId)}
            allowClear
            placeholder={t('staff.allUnits')}
            style={{ width: 240, maxWidth: '100%' }}
            data-testid="entry-filter-unit"
          />
          <Select
            value={status}
            onChange={paging.onFilter((v: string | undefined) => setStatus(v))}
            allowClear
            placeholder={t('catalog.entries.allStatuses')}
            aria-label={t('common.status')}
            options={ENTRY_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
            style={{ width: 200, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
            data-testid="entry-filter-status"
          />
          <Select
            value={disposition}
            onChange={paging.onFilter((v: 'retain' | 'cancel' | undefined) => setDisposition(v))}
            allowClear
            placeholder={t('catalog.entries.allDispositions')}
            aria-label={t('catalog.entry.disposition')}
            options={[
              { value: 'retain', label: t('catalog.disposition.retain') },
              { value: 'cancel', label: t('catalog.disposition.cancel') },
            ]}
            style={{ width: 160, maxWidth: '100%' }}
            data-testid="entry-filter-disposition"
          />
        </Flex>
        <PagedTable<ProofEntryView> list={list} paging={paging} columns={columns} data-testid="entries-table" />
      </Card>
    </>
  );
}
