import type { ListName } from '@pfc/contracts';
import { DownloadOutlined, FilePdfOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { excelUrl, LIST_NAMES, pdfUrl, useVersion } from '../queries';
import { DiffView } from './DiffView';
import { EntryCard } from './EntryCard';

/** One published version: the three lists as tabs, filtered as you type, with downloads and a diff. */
export function VersionView({ id, previousId }: { id: string; previousId: string | undefined }) {
  const t = useT();
  const version = useVersion(id);
  const [list, setList] = useState<ListName>('retained');
  const [q, setQ] = useState('');
  const [compare, setCompare] = useState(false);
  if (version.error) return <ErrorAlert error={version.error} />;
  if (!version.data) return <Card loading />;
  const { version: v, entries } = version.data;
  const needle = q.trim().toLowerCase();
  const tabs = LIST_NAMES.map((name) => {
    const rows = entries.filter((e) => e.lists.includes(name) && (!needle || e.name.toLowerCase().includes(needle)));
    return {
      key: name,
      label: `${t(`lists.tab.${name}`)}（${entries.filter((e) => e.lists.includes(name)).length}）`,
      children: (
        <div data-testid={`list-${name}`}>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Button icon={<DownloadOutlined />} href={excelUrl(id, name)} data-testid={`download-excel-${name}`}>
              {t('lists.downloadExcel')}
            </Button>
            <Button icon={<FilePdfOutlined />} href={pdfUrl(id, name)} data-testid={`download-pdf-${name}`}>
              {t('lists.downloadPdf')}
            </Button>
          </Flex>
          {rows.length === 0 ? (
            <Empty description={t('common.noData')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {rows.map((e) => (
                <EntryCard key={e.entryId} entry={e} list={name} />
              ))}
            </Space>
          )}
        </div>
      ),
    };
  });
  return (
    <Card
      data-testid="version-view"
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {t('lists.versionNo', { n: v.versionNo })} · {v.documentNumber}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('lists.effectiveDate')}：{v.effectiveDate}
      </Typography.Paragraph>
      <Button
        icon={<SwapOutlined />}
        onClick={() => setCompare(!compare)}
        style={{ marginBottom: 12 }}
        data-testid="compare-toggle"
      >
        {compare ? t('lists.hideCompare') : t('lists.compare')}
      </Button>
      {compare && (
        <div style={{ marginBottom: 16 }}>
          <DiffView id={id} against={previousId} />
        </div>
      )}
      <Input.Search
        allowClear
        placeholder={t('lists.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="lists-search"
      />
      <Tabs activeKey={list} onChange={(k) => setList(k as ListName)} items={tabs} data-testid="list-tabs" />
    </Card>
  );
}
