import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CalendarDayView } from '@pfc/contracts';
import { Button, Flex, Popconfirm, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { weekdayOf } from '../../../app/format';
import type { Translate } from '../../../app/prefs';

export function DayKindTag({ kind, t }: { kind: CalendarDayView['kind']; t: Translate }) {
  return kind === 'holiday' ? (
    <Tag color="red">{t('calendar.holiday')}</Tag>
  ) : (
    <Tag color="blue">{t('calendar.workday')}</Tag>
  );
}

export function dayColumns(opts: {
  t: Translate;
  canEdit: boolean;
  onEdit: (day: CalendarDayView) => void;
  onDelete: (day: CalendarDayView) => void;
}): ColumnsType<CalendarDayView> {
  const { t } = opts;
  const columns: ColumnsType<CalendarDayView> = [
    { title: t('calendar.date'), dataIndex: 'date', key: 'date', render: (d: string) => `${d}（${weekdayOf(d)}）` },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (k: CalendarDayView['kind']) => <DayKindTag kind={k} t={t} />,
    },
    { title: t('calendar.name'), dataIndex: 'name', key: 'name' },
  ];
  if (opts.canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, day) => (
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined />} onClick={() => opts.onEdit(day)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.deleteConfirm', { date: day.date })}
            onConfirm={() => opts.onDelete(day)}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button size="small" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }
  return columns;
}
