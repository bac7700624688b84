import type { PublicRegion } from '@pfc/contracts';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../../app/prefs';
import { regionPath } from '../region';

/** Picks the region whose lists answer the question; searchable by any part of "市 / 区 / 街道". */
export function RegionPicker({
  regions,
  value,
  onChange,
  loading,
}: {
  regions: PublicRegion[];
  value: string | undefined;
  onChange: (code: string) => void;
  loading: boolean;
}) {
  const t = useT();
  const options = useMemo(() => regions.map((r) => ({ value: r.code, label: regionPath(regions, r.code) })), [regions]);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      loading={loading}
      options={options}
      placeholder={t('search.regionPlaceholder')}
      aria-label={t('search.region')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      data-testid="search-region"
    />
  );
}
