import type { AddWorkingDaysView } from '@pfc/contracts';
import { CalculatorOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { dayjs, todayInChina, weekdayOf } from '../app/format';
import { useT } from '../app/prefs';
import { api, errorMessage } from '../app/request';
import { ProvisionalTag } from './ProvisionalTag';

interface Values {
  from: Dayjs;
  days: number;
}

/** Working-day deadline calculator (statutory holidays and 调休 make-up days counted). */
export function DeadlineCalculator() {
  const t = useT();
  const [params, setParams] = useState<{ from: string; days: number } | null>(null);
  const result = useQuery({
    queryKey: ['add-working-days', params],
    queryFn: () => api.get<AddWorkingDaysView>('/calendar/add-working-days', params ?? {}),
    enabled: params !== null,
    staleTime: 5 * 60_000,
  });
  return (
    <div data-testid="deadline-calculator">
      <Form<Values>
        name="deadline"
        layout="vertical"
        initialValues={{ from: dayjs(todayInChina()), days: 20 }}
        onFinish={(v) => setParams({ from: v.from.format('YYYY-MM-DD'), days: v.days })}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}
      >
        <Form.Item
          label={t('calc.from')}
          name="from"
          rules={[{ required: true, message: t('calc.fromRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <DatePicker
            allowClear={false}
            format="YYYY-MM-DD"
            inputReadOnly={false}
            data-testid="calc-from"
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item
          label={t('calc.days')}
          name="days"
          rules={[{ required: true, message: t('calc.daysRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <InputNumber min={0} max={1000} precision={0} data-testid="calc-days" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button
            type="primary"
            htmlType="submit"
            icon={<CalculatorOutlined />}
            loading={result.isFetching}
            data-testid="calc-submit"
          >
            {t('calc.submit')}
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {result.isError && <Alert type="error" showIcon title={errorMessage(result.error)} />}
        {result.data && params && (
          <Alert
            type={result.data.provisional ? 'warning' : 'success'}
            showIcon
            data-testid="calc-answer"
            data-provisional={result.data.provisional ? 'true' : 'false'}
            title={
              <span>
                {t('calc.resultPrefix', { from: params.from, days: params.days })}{' '}
                <Typography.Text strong data-testid="calc-result" style={{ fontSize: '1.25em' }}>
                  {result.data.result}
                </Typography.Text>
                {t('calc.weekday', { weekday: weekdayOf(result.data.result) })}
                {result.data.provisional && <ProvisionalTag testId="calc-provisional" />}
              </span>
            }
            description={result.data.provisional ? t('calc.provisionalNote') : t('calc.note')}
          />
        )}
      </div>
    </div>
  );
}
