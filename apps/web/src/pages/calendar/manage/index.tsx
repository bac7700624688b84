import { PlusOutlined } from '@ant-design/icons';
import type { CalendarDayView } from '@pfc/contracts';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { todayInChina } from '../../../app/format';
import { useT } from '../../../app/prefs';
import { ApiError, errorMessage } from '../../../app/request';
import { useSession } from '../../../app/session';
import { DeadlineCalculator } from '../../../components/DeadlineCalculator';
import { PageHeader } from '../../../components/PageHeader';
import { dayColumns } from './columns';
import { DayModal } from './components/DayModal';
import { YearDrawer } from './components/YearDrawer';
import { useCalendarStatus, useCalendarYear, useDeleteDay } from './queries';

/** 工作日历: statutory holidays and make-up working days, kept as data an admin updates yearly. */
export default function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const { access } = useSession();
  const canEdit = access.isPlatformAdmin;
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [dayDialog, setDayDialog] = useState<{ day: CalendarDayView | null } | null>(null);
  const [yearDrawer, setYearDrawer] = useState<number | null>(null);
  const status = useCalendarStatus();
  const calendar = useCalendarYear(year);
  const remove = useDeleteDay();

  const covered = status.data?.coveredYears ?? [];
  const missing = status.data?.missingYears ?? [];
  const years = useMemo(
    () => [...new Set([...covered, ...missing, thisYear, thisYear + 1])].sort(),
    [covered, missing, thisYear],
  );
  const notCovered = calendar.error instanceof ApiError && calendar.error.status === 404;

  const columns = dayColumns({
    t,
    canEdit,
    onEdit: (day) => setDayDialog({ day }),
    onDelete: (day) =>
      remove.mutate(day.date, {
        onSuccess: () => void message.success(t('calendar.deleted', { date: day.date })),
        onError: (err) => void message.error(errorMessage(err)),
      }),
  });

  return (
    <>
      <PageHeader
        title={t('menu.calendar')}
        description={t('calendar.description')}
        extra={
          canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setYearDrawer(missing[0] ?? thisYear + 1)}
              data-testid="calendar-new-year"
            >
              {t('calendar.newYear')}
            </Button>
          )
        }
      />
      {status.data &&
        (status.data.missingYears.length > 0 ? (
          <Alert
            // Provisional years still count deadlines (a warning); a year that cannot be counted is an error.
            type={status.data.missingYears.every((y) => status.data.provisionalYears.includes(y)) ? 'warning' : 'error'}
            showIcon
            title={t('calendar.gapTitle', { years: status.data.missingYears.join('、') })}
            description={t('calendar.gapText', { days: status.data.lookAheadDays })}
            style={{ marginBottom: 16 }}
            data-testid="calendar-status"
          />
        ) : (
          <Alert
            type="success"
            showIcon
            title={t('calendar.coveredTitle', { years: covered.join('、') })}
            style={{ marginBottom: 16 }}
            data-testid="calendar-status"
          />
        ))}
      {!canEdit && <Alert type="info" showIcon title={t('calendar.readOnly')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            title={
              <Flex align="center" gap={8} wrap>
                <label htmlFor="calendar-year">{t('calendar.year')}</label>
                <Select
                  id="calendar-year"
                  value={year}
                  onChange={setYear}
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                  style={{ width: 110 }}
                  data-testid="calendar-year"
                />
              </Flex>
            }
            extra={
              canEdit &&
              calendar.data && (
                <Button icon={<PlusOutlined />} onClick={() => setDayDialog({ day: null })}>
                  {t('calendar.addDay')}
                </Button>
              )
            }
          >
            {notCovered ? (
              <Empty description={t('calendar.yearMissing', { year })}>
                {canEdit && (
                  <Button type="primary" onClick={() => setYearDrawer(year)}>
                    {t('calendar.newYear')}
                  </Button>
                )}
              </Empty>
            ) : calendar.error ? (
              <Alert type="error" showIcon title={errorMessage(calendar.error)} />
            ) : (
              <>
                {calendar.data && (
                  <Flex gap={32} wrap style={{ marginBottom: 16 }}>
                    <Statistic title={t('calendar.workingDays')} value={calendar.data.workingDays} />
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Typography.Text type="secondary">{t('calendar.source')}</Typography.Text>
                      <Typography.Paragraph style={{ marginBottom: 0 }}>{calendar.data.source}</Typography.Paragraph>
                    </div>
                  </Flex>
                )}
                <Table<CalendarDayView>
                  rowKey="date"
                  columns={columns}
                  dataSource={calendar.data?.days}
                  loading={calendar.isFetching}
                  pagination={false}
                  size="small"
                  scroll={{ x: 'max-content' }}
                  data-testid="calendar-days"
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('calc.title')}>
            <DeadlineCalculator />
          </Card>
        </Col>
      </Row>
      <DayModal open={dayDialog !== null} day={dayDialog?.day ?? null} year={year} onClose={() => setDayDialog(null)} />
      <YearDrawer
        open={yearDrawer !== null}
        year={yearDrawer ?? thisYear}
        covered={covered}
        onClose={() => setYearDrawer(null)}
      />
    </>
  );
}
