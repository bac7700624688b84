import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useT } from '../app/prefs';
import { buildRegionTree, type RegionNode, useRegions } from './regions';

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const toOptions = (nodes: RegionNode[]): TreeOption[] =>
  nodes.map((n) => ({
    value: n.code,
    title: `${n.name}（${n.code}）`,
    children: n.children ? toOptions(n.children) : undefined,
  }));

/** Picks a region from the tree; searchable by name or code. */
export function RegionSelect(props: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}) {
  const t = useT();
  const { data, isLoading } = useRegions();
  const treeData = useMemo(() => toOptions(buildRegionTree(data ?? [])), [data]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      treeData={treeData}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('common.regionRequired')}
      style={{ width: '100%', ...props.style }}
      popupMatchSelectWidth={false}
      data-testid={props['data-testid']}
    />
  );
}
