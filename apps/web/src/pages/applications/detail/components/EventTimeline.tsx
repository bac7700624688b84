import { APPLICATION_EVENTS, type ApplicationView } from '@pfc/contracts';
import { Card, Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { enumLabel } from '../../../../app/labels';
import { usePrefs, useT } from '../../../../app/prefs';

const COLORS: Record<string, string> = {
  approved: 'green',
  rejected: 'red',
  correction: 'orange',
  commitment_withdrawn: 'orange',
  created: 'gray',
};

/** 办理记录: each step with who took it, when, and the note. */
export function EventTimeline({ events }: { events: ApplicationView['events'] }) {
  const t = useT();
  const { lang } = usePrefs();
  const label = (action: string) => enumLabel(APPLICATION_EVENTS, action, lang);
  return (
    <Card size="small" title={t('applications.events')} data-testid="application-events">
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={events.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: COLORS[e.action] ?? 'blue',
            content: (
              <div data-testid="application-event" data-action={e.action}>
                <Typography.Text strong>{label(e.action)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
                    {formatDateTime(e.at)}
                    {e.by ? ` · ${e.by}` : ''}
                  </Typography.Text>
                </div>
                {e.note && (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {e.note}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
