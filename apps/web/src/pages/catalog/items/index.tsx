import { PlusOutlined } from '@ant-design/icons';
import type { ServiceItemView } from '@pfc/contracts';
import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { usePrefs } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { UnitSelect } from '../../../components/UnitSelect';
import { serviceItemColumns } from './columns';
import { ServiceItemFormDrawer } from './components/ServiceItemFormDrawer';
import { useServiceItems } from './queries';

/** 政务服务事项: the service items of the region, each with its service guide (办事指南). */
export default function ServiceItemsPage() {
  const { t, lang } = usePrefs();
  const { access } = useSession();
  const paging = usePaging();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [open, setOpen] = useState<{ item: ServiceItemView | null } | null>(null);

  const list = useServiceItems({ q: q || undefined, unitId, page: paging.page, pageSize: paging.pageSize });
  const columns = serviceItemColumns({ t, lang, canEdit: access.canEditCatalog, onOpen: (item) => setOpen({ item }) });

  return (
    <>
      <PageHeader
        title={t('menu.catalogItems')}
        description={t('catalog.items.description')}
        extra={
          access.canEditCatalog && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ item: null })}
              data-testid="item-create"
            >
              {t('catalog.items.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            placeholder={t('catalog.items.searchPlaceholder')}
            aria-label={t('catalog.items.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={paging.onFilter((v: string) => setQ(v.trim()))}
            style={{ width: 300, maxWidth: '100%' }}
            data-testid="item-search"
          />
          <UnitSelect
            value={unitId}
            onChange={paging.onFilter(setUnitId)}
            allowClear
            placeholder={t('staff.allUnits')}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Flex>
        <PagedTable<ServiceItemView> list={list} paging={paging} columns={columns} data-testid="items-table" />
      </Card>
      <ServiceItemFormDrawer
        open={open !== null}
        item={open?.item ?? null}
        readOnly={!access.canEditCatalog}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
