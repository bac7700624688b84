import type { CalendarDayView } from '@pfc/contracts';
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { dayjs } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useSaveDay } from '../queries';

interface Values {
  date: Dayjs;
  kind: CalendarDayView['kind'];
  name: string;
}

/** Set one day as a holiday (放假) or a make-up working day (调休上班). */
export function DayModal({
  open,
  day,
  year,
  onClose,
}: {
  open: boolean;
  day: CalendarDayView | null;
  year: number;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const save = useSaveDay();

  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    if (day) form.setFieldsValue({ date: dayjs(day.date), kind: day.kind, name: day.name });
    else form.setFieldsValue({ kind: 'holiday', date: dayjs(`${year}-01-01`) });
  }, [open, day, year]);

  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() });
    onClose();
  };

  return (
    <Modal
      open={open}
      title={day ? t('calendar.editDay', { date: day.date }) : t('calendar.addDay')}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form name="calendar-day" form={form} layout="vertical">
        <Form.Item
          label={t('calendar.date')}
          name="date"
          rules={[{ required: true, message: t('calendar.dateRequired') }]}
        >
          <DatePicker format="YYYY-MM-DD" disabled={!!day} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('calendar.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'holiday', label: t('calendar.holiday') },
              { value: 'workday', label: t('calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('calendar.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }, { max: 20 }]}
        >
          <Input maxLength={20} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
