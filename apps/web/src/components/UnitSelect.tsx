import type { PageOf, UnitView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../app/prefs';
import { api } from '../app/request';

/** Picks a unit by searching its name on the server (there can be tens of thousands). */
export function UnitSelect(props: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  /** Labels for ids that may not be in the first page of results (e.g. the current value). */
  known?: Array<{ id: string; name: string }>;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'data-testid'?: string;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['units', 'options', q],
    queryFn: () => api.get<PageOf<UnitView>>('/units', { q: q.trim() || undefined, pageSize: 30 }),
    staleTime: 60_000,
  });
  const options = useMemo(() => {
    const map = new Map<string, string>();
    for (const k of props.known ?? []) map.set(k.id, k.name);
    for (const u of data?.items ?? []) map.set(u.id, `${u.name}（${u.regionName}）`);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [data, props.known]);
  return (
    <Select
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('common.selectUnit')}
      notFoundContent={isFetching ? t('common.loading') : t('common.noData')}
      style={{ width: '100%', ...props.style }}
      popupMatchSelectWidth={false}
      data-testid={props['data-testid']}
    />
  );
}
