import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { usePrefs } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { buildRegionTree, useRegions } from '../../../components/regions';
import { regionColumns } from './columns';
import { type RegionDialog, RegionFormModal } from './components/RegionFormModal';

/** 区划管理: the region tree, add a child region, rename. */
export default function RegionsPage() {
  const { t, lang } = usePrefs();
  const { access } = useSession();
  const { data, isLoading, error } = useRegions();
  const tree = useMemo(() => buildRegionTree(data ?? []), [data]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const [dialog, setDialog] = useState<RegionDialog>(null);

  // Open the upper levels once the tree arrives; villages stay folded.
  useEffect(() => {
    if (data && expanded.length === 0) setExpanded(data.filter((r) => r.level <= 3).map((r) => r.code));
  }, [data]);

  const columns = regionColumns({
    t,
    lang,
    onAddChild: (parent) => setDialog({ mode: 'create', parent }),
    onRename: (region) => setDialog({ mode: 'rename', region }),
  });

  return (
    <>
      <PageHeader
        title={t('menu.regions')}
        description={t('regions.description')}
        extra={
          access.isPlatformAdmin && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', parent: null })}>
              {t('regions.addProvince')}
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      <Card>
        <Table
          rowKey="code"
          columns={columns}
          dataSource={tree}
          loading={isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
          data-testid="regions-table"
        />
      </Card>
      <RegionFormModal
        dialog={dialog}
        onClose={() => setDialog(null)}
        onCreated={(parentCode) =>
          parentCode && setExpanded((keys) => (keys.includes(parentCode) ? keys : [...keys, parentCode]))
        }
      />
    </>
  );
}
