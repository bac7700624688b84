import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDayView } from '@pfc/contracts';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { dayjs } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { FormDrawer } from '../../../../components/FormDrawer';
import { useSaveYear } from '../queries';

interface DayRow {
  date?: Dayjs;
  kind: CalendarDayView['kind'];
  name?: string;
}
interface Values {
  year: number;
  source: string;
  days: DayRow[];
}

/** 录入新年度: the State Council's holiday notice for a year, day by day (or a range at once). */
export function YearDrawer({
  open,
  year,
  covered,
  onClose,
}: {
  open: boolean;
  year: number;
  covered: number[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveYear();
  const chosenYear = Form.useWatch('year', form);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [rangeName, setRangeName] = useState('');

  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    form.setFieldsValue({ year, source: t('calendar.sourceTemplate', { year }), days: [] });
    setRange(null);
    setRangeName('');
  }, [open, year]);

  const addRange = () => {
    if (!range || !rangeName.trim()) return;
    const rows: DayRow[] = [];
    for (let d = range[0]; !d.isAfter(range[1], 'day'); d = d.add(1, 'day'))
      rows.push({ date: d, kind: 'holiday', name: rangeName.trim() });
    const current = (form.getFieldValue('days') as DayRow[] | undefined) ?? [];
    form.setFieldsValue({ days: [...current, ...rows] });
  };

  const onFinish = async (v: Values) => {
    const days = (v.days ?? [])
      .filter((d): d is Required<DayRow> => !!d.date && !!d.name)
      .map((d) => ({ date: d.date.format('YYYY-MM-DD'), kind: d.kind, name: d.name.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date));
    await save.mutateAsync({ year: v.year, source: v.source.trim(), days });
    void message.success(t('calendar.yearSaved', { year: v.year }));
    onClose();
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('calendar.newYear')}
      width={720}
      form={form}
      mutation={save}
      submitTestId="year-form-submit"
    >
      {chosenYear && covered.includes(chosenYear) && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.replaceWarning', { year: chosenYear })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        name="calendar-year"
        form={form}
        layout="vertical"
        onFinish={(v) => onFinish(v).catch(() => undefined)}
        data-testid="year-form"
      >
        <Form.Item
          label={t('calendar.year')}
          name="year"
          rules={[{ required: true, message: t('calendar.yearRequired') }]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label={t('calendar.source')}
          name="source"
          rules={[{ required: true, whitespace: true, message: t('calendar.sourceRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Typography.Title level={5}>{t('calendar.addRange')}</Typography.Title>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
            aria-label={t('calendar.addRange')}
          />
          <Input
            value={rangeName}
            onChange={(e) => setRangeName(e.target.value)}
            placeholder={t('calendar.namePlaceholder')}
            aria-label={t('calendar.name')}
            maxLength={20}
            style={{ width: 140 }}
          />
          <Button onClick={addRange} disabled={!range || !rangeName.trim()}>
            {t('calendar.addRangeButton')}
          </Button>
        </Flex>
        <Typography.Title level={5}>{t('calendar.days')}</Typography.Title>
        <Form.List
          name="days"
          rules={[
            {
              validator: async (_, rows: DayRow[] | undefined) => {
                if ((rows?.length ?? 0) > 120) throw new Error(t('calendar.tooManyDays'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={4}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} wrap align="flex-start">
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: t('calendar.dateRequired') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      format="YYYY-MM-DD"
                      aria-label={`${t('calendar.date')} ${i + 1}`}
                      defaultPickerValue={dayjs(`${chosenYear ?? year}-01-01`)}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8 }}>
                    <Select
                      aria-label={`${t('calendar.kind')} ${i + 1}`}
                      style={{ width: 120 }}
                      options={[
                        { value: 'holiday', label: t('calendar.holiday') },
                        { value: 'workday', label: t('calendar.workday') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input
                      aria-label={`${t('calendar.name')} ${i + 1}`}
                      placeholder={t('calendar.namePlaceholder')}
                      maxLength={20}
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={`${t('common.delete')} ${i + 1}`}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'holiday' } satisfies DayRow)}>
                {t('calendar.addRow')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
