import { PlusOutlined } from '@ant-design/icons';
import { UNIT_KIND_NAMES, type UnitKind, type UnitView } from '@pfc/contracts';
import { Alert, Button, Card, Checkbox, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { unitKindLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { errorMessage } from '../../../app/request';
import { PageHeader } from '../../../components/PageHeader';
import { RegionSelect } from '../../../components/RegionSelect';
import { unitColumns } from './columns';
import { UnitFormDrawer } from './components/UnitFormDrawer';
import { useUnits } from './queries';

/** 单位管理: filterable, paged list of units; create and edit in a drawer. */
export default function UnitsPage() {
  const { t, lang } = usePrefs();
  const [q, setQ] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [kind, setKind] = useState<UnitKind | undefined>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<{ unit: UnitView | null } | null>(null);

  const { data, isFetching, error } = useUnits({ q: q || undefined, regionCode, kind, includeArchived, page, pageSize });
  const columns = unitColumns({ t, lang, onEdit: (unit) => setEditing({ unit }) });
  const filterChanged = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('menu.units')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unit: null })} data-testid="unit-create">
            {t('units.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            placeholder={t('units.searchPlaceholder')}
            aria-label={t('units.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={filterChanged((v: string) => setQ(v.trim()))}
            style={{ width: 300, maxWidth: '100%' }}
            data-testid="unit-search"
          />
          <RegionSelect value={regionCode} onChange={filterChanged(setRegionCode)} allowClear placeholder={t('common.allRegions')} style={{ width: 220, maxWidth: '100%' }} />
          <Select
            value={kind}
            onChange={filterChanged((v: UnitKind | undefined) => setKind(v))}
            allowClear
            placeholder={t('units.allKinds')}
            aria-label={t('units.kind')}
            options={UNIT_KIND_NAMES.map((k) => ({ value: k, label: unitKindLabel(k, lang) }))}
            style={{ width: 220, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
          />
          <Checkbox checked={includeArchived} onChange={(e) => filterChanged(setIncludeArchived)(e.target.checked)}>
            {t('units.includeArchived')}
          </Checkbox>
        </Flex>
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
        <Table<UnitView>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="units-table"
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
      <UnitFormDrawer open={editing !== null} unit={editing?.unit ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
