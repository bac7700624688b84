import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { StatusTag } from '../shared/StatusTag';
import { EntryEditor } from './components/EntryEditor';
import { useEntry } from './queries';

/** 登记证明事项 (/catalog/entries/new) and one proof entry (/catalog/entries/:id). */
export default function EntryPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromQueue = params.get('from') === 'queue';
  const entry = useEntry(id);
  const [reloads, setReloads] = useState(0);

  const reload = async () => {
    await entry.refetch();
    setReloads((n) => n + 1);
  };

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate(fromQueue ? '/catalog/queue' : '/catalog/entries')}
      data-testid="entry-back"
    >
      {fromQueue ? t('catalog.entry.backToQueue') : t('catalog.entry.backToList')}
    </Button>
  );

  if (id && entry.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (id && !entry.data) {
    return (
      <>
        <PageHeader title={t('menu.catalogEntries')} extra={back} />
        <ErrorAlert error={entry.error} />
      </>
    );
  }
  const view = entry.data ?? null;
  return (
    <>
      <PageHeader
        title={view ? view.name : t('catalog.entries.create')}
        description={
          view ? (
            <Flex gap={8} wrap align="center" component="span">
              <Typography.Text type="secondary">{view.unitName}</Typography.Text>
              <StatusTag status={view.status} />
            </Flex>
          ) : (
            t('catalog.entry.newDescription')
          )
        }
        extra={back}
      />
      <EntryEditor key={`${view?.id ?? 'new'}-${reloads}`} entry={view} onReload={() => void reload()} />
    </>
  );
}
