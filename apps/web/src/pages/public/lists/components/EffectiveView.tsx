import type { ListName } from '@pfc/contracts';
import { Card, Empty, Input, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { regionNameMap, useRegions } from '../../../../components/regions';
import { LIST_NAMES, useEffective } from '../queries';
import { EntryCard } from './EntryCard';

/**
 * 现行有效清单: what applies in a region that adopted (承接) upper-level lists — its own latest
 * version plus theirs, each entry naming its source. Nothing for a region that adopted none: its
 * own version view already says it all.
 */
export function EffectiveView({ code }: { code: string }) {
  const t = useT();
  const effective = useEffective(code);
  const names = regionNameMap(useRegions().data);
  const [list, setList] = useState<ListName>('retained');
  const [q, setQ] = useState('');
  if (effective.error) return <ErrorAlert error={effective.error} />;
  if (!effective.data || effective.data.chain.length < 2) return null;
  const { chain, entries } = effective.data;
  const needle = q.trim().toLowerCase();
  const tabs = LIST_NAMES.map((name) => {
    const all = entries.filter((e) => e.lists.includes(name));
    const rows = all.filter((e) => !needle || e.name.toLowerCase().includes(needle));
    return {
      key: name,
      label: `${t(`lists.tab.${name}`)}（${all.length}）`,
      children: (
        <div data-testid={`effective-${name}`}>
          {rows.length === 0 ? (
            <Empty description={t('common.noData')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {rows.map((e) => (
                <EntryCard key={`${e.source?.regionCode ?? ''}-${e.entryId}`} entry={e} list={name} />
              ))}
            </Space>
          )}
        </div>
      ),
    };
  });
  return (
    <Card
      data-testid="effective-view"
      style={{ marginBottom: 16 }}
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {t('lists.effective.title')}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary" data-testid="effective-chain">
        {t('lists.effective.chain', { regions: chain.map((c) => names.get(c) ?? c).join(' · ') })}
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={t('lists.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="effective-search"
      />
      <Tabs activeKey={list} onChange={(k) => setList(k as ListName)} items={tabs} />
    </Card>
  );
}
