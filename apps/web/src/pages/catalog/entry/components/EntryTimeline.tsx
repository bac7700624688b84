import type { EntryTimelineItem } from '@pfc/contracts';
import { Alert, Card, Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { type Translate, useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import type { MessageKey } from '../../../../locales/zh-CN';

const STAGES = ['unit_officer', 'unit', 'legal', 'policy'] as const;
const DECISIONS = ['created', 'submit', 'withdraw', 'approve', 'send_back'] as const;

/** 单位内部审核 / 合法性审查 / 政策性审查 … for a timeline stage code. */
export function stageLabel(t: Translate, stage: string): string {
  return (STAGES as readonly string[]).includes(stage) ? t(`catalog.timeline.stage.${stage}` as MessageKey) : stage;
}

const COLORS: Record<string, string> = { approve: 'green', send_back: 'red', withdraw: 'gray', created: 'gray' };

/** 流转记录: every step of the entry with who took it, when, and the comment. */
export function EntryTimeline({
  items,
  loading,
  error,
}: {
  items: EntryTimelineItem[] | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  const describe = (item: EntryTimelineItem): string => {
    const stage = stageLabel(t, item.stage);
    const decision = (DECISIONS as readonly string[]).includes(item.decision)
      ? t(`catalog.timeline.decision.${item.decision}` as MessageKey)
      : item.decision;
    return item.stage === 'unit_officer' ? decision : `${stage} · ${decision}`;
  };
  return (
    <Card size="small" title={t('catalog.timeline.title')} loading={loading && !items} data-testid="entry-timeline">
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
      {items && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {items && items.length > 0 && (
        <Timeline
          items={items.map((item, index) => ({
            key: `${item.at}-${index}`,
            color: COLORS[item.decision] ?? 'blue',
            content: (
              <div data-testid="timeline-item" data-stage={item.stage} data-decision={item.decision}>
                <Typography.Text strong>{describe(item)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
                    {formatDateTime(item.at)}
                    {item.by ? ` · ${item.by}` : ''}
                  </Typography.Text>
                </div>
                {item.comment && (
                  <Typography.Paragraph style={{ marginBottom: 0, marginTop: 4, whiteSpace: 'pre-wrap' }}>
                    {t('catalog.timeline.comment')}：{item.comment}
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
