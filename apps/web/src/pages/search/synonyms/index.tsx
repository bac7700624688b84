import { PlusOutlined } from '@ant-design/icons';
import type { SynonymGroupView } from '@pfc/contracts';
import { Alert, App, Button, Card, Empty, Input, Skeleton, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/prefs';
import { errorMessage } from '../../../app/request';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { synonymColumns, TermTags } from './columns';
import { SynonymDrawer } from './components/SynonymDrawer';
import { useDeleteSynonyms, useSynonyms } from './queries';

/**
 * 查询同义词: the phrases the public search treats as the same. Every admin may look; the server
 * lets only a platform-wide admin change them and its refusal is shown as it comes.
 */
export default function SynonymsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { access } = useSession();
  const synonyms = useSynonyms();
  const remove = useDeleteSynonyms();
  const [drawer, setDrawer] = useState<{ group: SynonymGroupView | null } | null>(null);
  const [filter, setFilter] = useState('');
  const builtIn = synonyms.data?.builtIn ?? [];
  const shown = useMemo(() => {
    const needle = filter.trim();
    return needle ? builtIn.filter((g) => g.some((term) => term.includes(needle))) : builtIn;
  }, [builtIn, filter]);

  const columns = synonymColumns({
    t,
    canEdit: true,
    onEdit: (group) => setDrawer({ group }),
    onDelete: (group) =>
      remove.mutate(group.id, {
        onSuccess: () => void message.success(t('synonyms.deleted')),
        onError: (err) => void message.error(errorMessage(err)),
      }),
  });

  return (
    <>
      <PageHeader
        title={t('menu.synonyms')}
        description={t('synonyms.description')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ group: null })}
            data-testid="synonyms-create"
          >
            {t('synonyms.create')}
          </Button>
        }
      />
      {!access.isPlatformAdmin && (
        <Alert type="info" showIcon title={t('synonyms.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <ErrorAlert error={synonyms.error} />
      <Card title={t('synonyms.custom')} style={{ marginBottom: 16 }}>
        <Table<SynonymGroupView>
          rowKey="id"
          columns={columns}
          dataSource={synonyms.data?.custom}
          loading={synonyms.isFetching}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('synonyms.empty')} /> }}
          data-testid="synonyms-table"
        />
      </Card>
      <Card title={<span style={{ whiteSpace: 'normal' }}>{t('synonyms.builtIn', { n: builtIn.length })}</span>}>
        <Input.Search
          allowClear
          placeholder={t('synonyms.searchBuiltIn')}
          aria-label={t('synonyms.searchBuiltIn')}
          onChange={(e) => setFilter(e.target.value)}
          style={{ maxWidth: 320, marginBottom: 12 }}
        />
        {synonyms.isLoading ? (
          <Skeleton active />
        ) : shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <div
            data-testid="synonyms-builtin"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 8 }}
          >
            {shown.map((group) => (
              <div key={group.join('|')} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 8 }}>
                <TermTags terms={group} />
              </div>
            ))}
          </div>
        )}
      </Card>
      <SynonymDrawer open={drawer !== null} group={drawer?.group ?? null} onClose={() => setDrawer(null)} />
    </>
  );
}
