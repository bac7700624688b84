import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useT } from '../app/prefs';

/**
 * 上移 / 下移 / 删除 for one row of an ordered Form.List (the order means something, e.g. the
 * preference of substitute methods). `label` names the row for screen readers ("第 2 项").
 */
export function ListItemControls({
  index,
  count,
  move,
  remove,
  label,
  testId,
}: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  label: string;
  testId?: string;
}) {
  const t = useT();
  return (
    <Flex gap={4} wrap={false} data-testid={testId}>
      <Button
        size="small"
        icon={<ArrowUpOutlined />}
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
        aria-label={t('common.moveUpOf', { item: label })}
        title={t('common.moveUp')}
        data-testid={testId ? `${testId}-up` : undefined}
      />
      <Button
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={index >= count - 1}
        onClick={() => move(index, index + 1)}
        aria-label={t('common.moveDownOf', { item: label })}
        title={t('common.moveDown')}
        data-testid={testId ? `${testId}-down` : undefined}
      />
      <Button
        size="small"
        danger
        icon={<DeleteOutlined />}
        onClick={() => remove(index)}
        aria-label={t('common.deleteOf', { item: label })}
        title={t('common.delete')}
        data-testid={testId ? `${testId}-remove` : undefined}
      />
    </Flex>
  );
}
