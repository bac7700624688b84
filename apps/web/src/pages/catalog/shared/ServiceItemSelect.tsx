import type { PageOf, ServiceItemView } from '@pfc/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/prefs';
import { api } from '../../../app/request';

const itemLabel = (i: ServiceItemView) => `${i.name}（${i.code} · ${i.unitName}）`;

/**
 * Picks the service items that need a proof, searching names and codes on the server. Items already
 * chosen are fetched one by one so their names show even when they are not in the search results.
 */
export function ServiceItemSelect(props: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  disabled?: boolean;
  'data-testid'?: string;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const search = useQuery({
    queryKey: ['catalog/service-items', 'options', q],
    queryFn: () =>
      api.get<PageOf<ServiceItemView>>('/catalog/service-items', { q: q.trim() || undefined, pageSize: 30 }),
    staleTime: 30_000,
  });
  const chosen = useQueries({
    queries: (props.value ?? []).map((id) => ({
      queryKey: ['catalog/service-items', 'detail', id],
      queryFn: () => api.get<ServiceItemView>(`/catalog/service-items/${id}`),
      staleTime: 5 * 60_000,
    })),
  });
  const options = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of chosen) if (c.data) map.set(c.data.id, itemLabel(c.data));
    for (const i of search.data?.items ?? []) map.set(i.id, itemLabel(i));
    return [...map].map(([value, label]) => ({ value, label }));
  }, [chosen, search.data]);
  return (
    <Select
      id={props.id}
      mode="multiple"
      value={props.value ?? []}
      onChange={(v: string[]) => props.onChange?.(v)}
      options={options}
      loading={search.isFetching}
      disabled={props.disabled}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('catalog.entry.serviceItemsPlaceholder')}
      notFoundContent={search.isFetching ? t('common.loading') : t('catalog.entry.noServiceItems')}
      style={{ width: '100%' }}
      data-testid={props['data-testid']}
    />
  );
}
