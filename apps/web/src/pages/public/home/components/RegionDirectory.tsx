import { Alert, Skeleton, Tree } from 'antd';
import { useMemo } from 'react';
import { usePrefs } from '../../../../app/prefs';
import { regionLevelLabel } from '../../../../app/labels';
import { errorMessage } from '../../../../app/request';
import { buildRegionTree, type RegionNode, useRegions } from '../../../../components/regions';

interface TreeNode {
  key: string;
  title: string;
  children?: TreeNode[];
}

/** The regions the platform serves, as a tree (public data). */
export function RegionDirectory() {
  const { lang } = usePrefs();
  const { data, isLoading, error } = useRegions();
  const treeData = useMemo(() => {
    const toNodes = (nodes: RegionNode[]): TreeNode[] =>
      nodes.map((n) => ({
        key: n.code,
        title: n.level >= 3 ? `${n.name}（${regionLevelLabel(n.level, lang)}）` : n.name,
        children: n.children ? toNodes(n.children) : undefined,
      }));
    return toNodes(buildRegionTree(data ?? []));
  }, [data, lang]);
  const expanded = useMemo(() => (data ?? []).filter((r) => r.level <= 2).map((r) => r.code), [data]);

  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return <Tree treeData={treeData} defaultExpandedKeys={expanded} selectable={false} data-testid="region-tree" />;
}
