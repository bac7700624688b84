import { PlusOutlined } from '@ant-design/icons';
import { UNIT_KIND_NAMES, type UnitKind, type UnitView } from '@pfc/contracts';
import { Button, Card, Checkbox, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { unitKindLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { RegionSelect } from '../../../components/RegionSelect';
import { unitColumns } from './columns';
import { UnitFormDrawer } from './components/UnitFormDrawer';
import { useUnits } from './queries';

/** 单位管理: filterable, paged list of units; create and edit in a drawer. */
export default function UnitsPage() {
  const { t, lang } = usePrefs();
  const paging = usePaging();
  const [q, setQ] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [kind, setKind] = useState<UnitKind | undefined>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<{ unit: UnitView | null } | null>(null);

  const list = useUnits({
    q: q || undefined,
    regionCode,
    kind,
    includeArchived,
    page: paging.page,
    pageSize: paging.pageSize,
  });
  const columns = unitColumns({ t, lang, onEdit: (unit) => setEditing({ unit }) });

  return (
    <>
      <PageHeader
        title={t('menu.units')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ unit: null })}
            data-testid="unit-create"
          >
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
            onSearch={paging.onFilter((v: string) => setQ(v.trim()))}
            style={{ width: 300, maxWidth: '100%' }}
            data-testid="unit-search"
          />
          <RegionSelect
            value={regionCode}
            onChange={paging.onFilter(setRegionCode)}
            allowClear
            placeholder={t('common.allRegions')}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <Select
            value={kind}
            onChange={paging.onFilter((v: UnitKind | undefined) => setKind(v))}
            allowClear
            placeholder={t('units.allKinds')}
            aria-label={t('units.kind')}
            options={UNIT_KIND_NAMES.map((k) => ({ value: k, label: unitKindLabel(k, lang) }))}
            style={{ width: 220, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
          />
          <Checkbox checked={includeArchived} onChange={(e) => paging.onFilter(setIncludeArchived)(e.target.checked)}>
            {t('units.includeArchived')}
          </Checkbox>
        </Flex>
        <PagedTable<UnitView> list={list} paging={paging} columns={columns} data-testid="units-table" />
      </Card>
      <UnitFormDrawer open={editing !== null} unit={editing?.unit ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
