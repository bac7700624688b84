import { FilePdfOutlined } from '@ant-design/icons';
import type { ApplicationView, NoticeKind } from '@pfc/contracts';
import { Button, Flex } from 'antd';
import { useT } from '../../../../app/prefs';
import type { MessageKey } from '../../../../locales/zh-CN';
import { noticePdfUrl } from '../../shared/api';

/** Which written notices (文书) exist in which status. */
function noticesOf(a: ApplicationView): NoticeKind[] {
  switch (a.status) {
    case 'correction':
      return ['correction'];
    case 'accepted':
      return ['acceptance'];
    case 'approved':
      return ['acceptance', 'approval'];
    case 'rejected':
      return ['rejection'];
    default:
      return [];
  }
}

const LABELS: Record<NoticeKind, MessageKey> = {
  acceptance: 'applications.notice.acceptance',
  correction: 'applications.notice.correction',
  approval: 'applications.notice.approval',
  rejection: 'applications.notice.rejection',
};

/** 受理通知书 / 补正通知书 / 准予办理决定书 / 不予办理决定书 as PDFs. */
export function NoticeLinks({ application }: { application: ApplicationView }) {
  const t = useT();
  const kinds = noticesOf(application);
  if (kinds.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="application-notices">
      {kinds.map((kind) => (
        <Button
          key={kind}
          icon={<FilePdfOutlined />}
          href={noticePdfUrl(application.id, kind)}
          target="_blank"
          data-testid={`notice-${kind}`}
        >
          {t(LABELS[kind])}
        </Button>
      ))}
    </Flex>
  );
}
