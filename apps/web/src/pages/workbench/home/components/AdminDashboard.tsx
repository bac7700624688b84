import type { DashboardView } from '@pfc/contracts';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MessageKey } from '../../../../locales/zh-CN';
import { usePrefs } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { useSession } from '../../../../app/session';
import { useDashboard } from '../queries';

const COUNTS: Array<{ key: keyof DashboardView['counts']; label: MessageKey; path?: string }> = [
  { key: 'regions', label: 'dashboard.regions', path: '/admin/regions' },
  { key: 'units', label: 'dashboard.units', path: '/admin/units' },
  { key: 'staff', label: 'dashboard.staff', path: '/admin/staff' },
  { key: 'applicants', label: 'dashboard.applicants', path: '/admin/applicants' },
  { key: 'auditEvents', label: 'dashboard.auditEvents', path: '/admin/audit' },
  { key: 'deadJobs', label: 'dashboard.deadJobs' },
];

/** Counts and what needs the administrator's attention; a calendar gap is shown first (red only when deadlines cannot be counted). */
export function AdminDashboard() {
  const { t } = usePrefs();
  const { access } = useSession();
  const navigate = useNavigate();
  const { data, isLoading, error } = useDashboard();
  if (isLoading) return <Skeleton active />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;

  // Warnings come from the server in Chinese; the known ones are rebuilt in the UI language.
  const warningText = (w: DashboardView['warnings'][number]) => {
    if (w.code === 'CALENDAR_GAP')
      return t('dashboard.calendarGap', {
        years: data.calendar.missingYears.join('、'),
        count: data.calendar.provisionalDeadlines,
      });
    if (w.code === 'EMBEDDED_DATABASE') return t('dashboard.embeddedDatabase');
    if (w.code === 'JOBS_DEAD') return t('dashboard.jobsDead', { count: data.counts.deadJobs ?? 0 });
    return w.message;
  };
  const warnings = [...data.warnings].sort((a, b) =>
    a.code === 'CALENDAR_GAP' ? -1 : b.code === 'CALENDAR_GAP' ? 1 : 0,
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="admin-dashboard">
      {warnings.map((w) => (
        <Alert
          key={w.code}
          type={w.level}
          showIcon
          title={w.code === 'CALENDAR_GAP' ? t('dashboard.calendarGapTitle') : warningText(w)}
          description={w.code === 'CALENDAR_GAP' ? warningText(w) : undefined}
          data-testid={`warning-${w.code}`}
          action={
            w.code === 'CALENDAR_GAP' && access.isPlatformAdmin ? (
              <Button danger={w.level === 'error'} onClick={() => navigate('/admin/calendar')}>
                {t('dashboard.fixCalendar')}
              </Button>
            ) : undefined
          }
        />
      ))}
      <Row gutter={[16, 16]}>
        {COUNTS.filter((c) => data.counts[c.key] !== undefined).map((c) => (
          <Col xs={12} md={8} xl={4} key={c.key}>
            <Card
              hoverable={!!c.path}
              data-testid={`count-${c.key}`}
              {...(c.path
                ? {
                    role: 'link',
                    tabIndex: 0,
                    onClick: () => navigate(c.path as string),
                    onKeyDown: (e: React.KeyboardEvent) => {
                      if (e.key === 'Enter') navigate(c.path as string);
                    },
                  }
                : {})}
            >
              <Statistic title={t(c.label)} value={data.counts[c.key]} />
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
