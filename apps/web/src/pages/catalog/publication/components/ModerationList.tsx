import type { PendingCommentView } from '@pfc/contracts';
import { Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useModerate, usePendingComments } from '../queries';

function PendingRow({ code, comment }: { code: string; comment: PendingCommentView }) {
  const t = useT();
  const [reply, setReply] = useState('');
  const moderate = useModerate(code);
  const act = (decision: 'publish' | 'reject') => moderate.mutate({ id: comment.id, decision, reply });
  return (
    <List.Item data-testid="pending-comment">
      <div style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {comment.entryName ?? comment.missingProofName ?? t('consult.general')} ·{' '}
          {comment.authorName ?? t('consult.anonymous')} · {formatDateTime(comment.createdAt)}
        </Typography.Text>
        <Typography.Paragraph style={{ margin: '4px 0 8px' }}>{comment.body}</Typography.Paragraph>
        <ErrorAlert error={moderate.error} />
        <Input.TextArea
          rows={2}
          maxLength={2000}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          placeholder={t('pub.replyPlaceholder')}
          aria-label={t('pub.replyPlaceholder')}
          data-testid="moderate-reply"
        />
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button
            type="primary"
            onClick={() => act('publish')}
            loading={moderate.isPending && moderate.variables?.decision === 'publish'}
            data-testid="moderate-publish"
          >
            {t('pub.publishComment')}
          </Button>
          <Button
            danger
            onClick={() => act('reject')}
            loading={moderate.isPending && moderate.variables?.decision === 'reject'}
            data-testid="moderate-reject"
          >
            {t('pub.rejectComment')}
          </Button>
        </Flex>
      </div>
    </List.Item>
  );
}

/** Comments from the public waiting for a reviewer: publish with a reply, or keep them unpublished. */
export function ModerationList({ code }: { code: string }) {
  const t = useT();
  const pending = usePendingComments(code, true);
  return (
    <Card title={t('pub.moderation')} data-testid="moderation">
      <ErrorAlert error={pending.error} />
      {pending.data && pending.data.length === 0 ? (
        <Empty description={t('pub.noPending')} data-testid="moderation-empty" />
      ) : (
        <List
          loading={pending.isLoading}
          dataSource={pending.data ?? []}
          renderItem={(c) => <PendingRow key={c.id} code={code} comment={c} />}
        />
      )}
    </Card>
  );
}
