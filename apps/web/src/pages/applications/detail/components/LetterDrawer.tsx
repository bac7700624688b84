import { FilePdfOutlined, SignatureOutlined } from '@ant-design/icons';
import type { LetterView } from '@pfc/contracts';
import { Alert, Button, Checkbox, Drawer, Flex, Grid, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { newIdempotencyKey } from '../../../../app/request';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { letterPdfUrl } from '../../shared/api';
import { LetterStatusTag } from '../../shared/labels';
import { useSignLetter } from '../queries';
import { LetterText } from './LetterText';

/** The SM3 digest, wrapped anywhere so 64 hex digits never push a phone screen sideways. */
export function Digest({ value, testId }: { value: string; testId?: string }) {
  return (
    <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: '0.85em' }} data-testid={testId}>
      {value}
    </Typography.Text>
  );
}

/**
 * 阅读并签署: the whole letter, a checkbox that the notice was read, then 签署. Only the applicant
 * signs electronically; everyone else reads it here (and prints the PDF for a signature on paper).
 */
export function LetterDrawer({
  applicationId,
  letter,
  canSign,
  onClose,
}: {
  applicationId: string;
  letter: LetterView | null;
  canSign: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const mobile = !Grid.useBreakpoint().md;
  const sign = useSignLetter();
  const [read, setRead] = useState(false);
  const idempotencyKey = useRef('');
  const letterId = letter?.id;

  useEffect(() => {
    setRead(false);
    sign.reset();
    idempotencyKey.current = newIdempotencyKey();
  }, [letterId]);

  const signable = !!letter && canSign && letter.status === 'unsigned';
  return (
    <Drawer
      open={!!letter}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      title={
        letter && (
          <span style={{ wordBreak: 'break-all' }}>
            {t('letter.title')} {letter.number}
          </span>
        )
      }
      destroyOnHidden
      footer={
        letter && (
          <Flex vertical gap={8}>
            {signable && (
              <>
                <ErrorAlert error={sign.error} data-testid="letter-sign-error" />
                <Checkbox checked={read} onChange={(e) => setRead(e.target.checked)} data-testid="letter-read">
                  {t('letter.haveRead')}
                </Checkbox>
                <Button
                  type="primary"
                  size="large"
                  block
                  icon={<SignatureOutlined />}
                  disabled={!read}
                  loading={sign.isPending}
                  onClick={() =>
                    sign.mutate({
                      id: applicationId,
                      letterId: letter.id,
                      sm3: letter.sm3,
                      idempotencyKey: idempotencyKey.current,
                    })
                  }
                  data-testid="letter-sign"
                >
                  {t('letter.sign')}
                </Button>
              </>
            )}
            <Flex gap={8} wrap justify="flex-end">
              <Button
                icon={<FilePdfOutlined />}
                href={letterPdfUrl(applicationId, letter.id)}
                target="_blank"
                data-testid="letter-pdf"
              >
                {t('letter.downloadPdf')}
              </Button>
              <Button onClick={onClose}>{t('common.close')}</Button>
            </Flex>
          </Flex>
        )
      }
    >
      {letter && (
        <div data-testid="letter-drawer">
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <LetterStatusTag status={letter.status} />
            <Typography.Text type="secondary">{letter.proofName}</Typography.Text>
          </Flex>
          {letter.status === 'signed' && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="letter-signed"
              title={t(letter.signMethod === 'paper' ? 'letter.signedPaper' : 'letter.signedElectronic', {
                time: formatDateTime(letter.signedAt),
              })}
              description={
                <>
                  {t('letter.digest')}：<Digest value={letter.sm3} testId="letter-digest" />
                </>
              }
            />
          )}
          {letter.status === 'withdrawn' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="letter-withdrawn"
              title={t('letter.withdrawnAt', { time: formatDateTime(letter.withdrawnAt) })}
              description={letter.withdrawReason || undefined}
            />
          )}
          {letter.status === 'unsigned' && !canSign && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('letter.paperHint')} />
          )}
          <LetterText text={letter.text} />
          {letter.status !== 'signed' && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: '0.85em' }}>
              {t('letter.digest')}：<Digest value={letter.sm3} />
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Drawer>
  );
}
