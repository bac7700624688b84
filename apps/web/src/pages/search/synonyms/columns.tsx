import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { SynonymGroupView } from '@pfc/contracts';
import { Button, Flex, Popconfirm, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';

export function TermTags({ terms }: { terms: string[] }) {
  return (
    <Flex gap={4} wrap>
      {terms.map((term) => (
        <Tag key={term} style={{ marginInlineEnd: 0 }}>
          {term}
        </Tag>
      ))}
    </Flex>
  );
}

export function synonymColumns(opts: {
  t: Translate;
  canEdit: boolean;
  onEdit: (group: SynonymGroupView) => void;
  onDelete: (group: SynonymGroupView) => void;
}): ColumnsType<SynonymGroupView> {
  const { t } = opts;
  const columns: ColumnsType<SynonymGroupView> = [
    {
      title: t('synonyms.terms'),
      dataIndex: 'terms',
      key: 'terms',
      render: (terms: string[]) => <TermTags terms={terms} />,
    },
    { title: t('synonyms.note'), dataIndex: 'note', key: 'note', render: (note: string) => note || '—' },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      render: formatDateTime,
      responsive: ['md'],
    },
  ];
  if (opts.canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, group) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<EditOutlined />} onClick={() => opts.onEdit(group)} data-testid="synonyms-edit">
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('synonyms.deleteConfirm', { terms: group.terms.join('、') })}
            onConfirm={() => opts.onDelete(group)}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button size="small" danger icon={<DeleteOutlined />} data-testid="synonyms-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }
  return columns;
}
