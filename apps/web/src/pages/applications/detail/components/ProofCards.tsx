import {
  FilePdfOutlined,
  PaperClipOutlined,
  ReadOutlined,
  RollbackOutlined,
  SignatureOutlined,
} from '@ant-design/icons';
import type { ApplicationProofView, ApplicationView, LetterView } from '@pfc/contracts';
import { Button, Card, Flex, Typography } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { fileUrl, letterPdfUrl } from '../../shared/api';
import { DECIDED_STATUSES, LetterStatusTag, PathTag } from '../../shared/labels';
import { UploadButton } from './UploadButton';

/** What the person looking may do; the server checks the same on every request. */
export interface Viewer {
  /** The applicant themselves: the only one who signs electronically. */
  isApplicant: boolean;
  /** The applicant, or the clerk / grid worker who started it for them: submits and withdraws. */
  isOwnerSide: boolean;
  /** Owner side or the handling window: uploads proofs. */
  mayUpload: boolean;
  /** Staff on the owner side or the handling window: uploads letters signed on paper. */
  mayScan: boolean;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** What the proof still needs before the application can be submitted (null when nothing). */
export function proofTodo(p: ApplicationProofView): 'sign' | 'upload' | null {
  if (p.letter && p.letter.status === 'unsigned') return 'sign';
  if ((p.choice === 'submit' || p.letter?.status === 'withdrawn') && !p.file) return 'upload';
  return null;
}

function ProofCard({
  application,
  proof,
  viewer,
  onOpenLetter,
  onWithdraw,
}: {
  application: ApplicationView;
  proof: ApplicationProofView;
  viewer: Viewer;
  onOpenLetter: (letter: LetterView) => void;
  onWithdraw: (proof: ApplicationProofView) => void;
}) {
  const t = useT();
  const { letter } = proof;
  // The proof itself, or else the scan of the hand-signed letter.
  const file = proof.file ?? letter?.scan ?? null;
  const isScan = !proof.file && !!letter?.scan;
  const decided = DECIDED_STATUSES.includes(application.status);
  const todo = proofTodo(proof);
  const committed = !!letter && letter.status !== 'withdrawn';
  const needsProofFile = proof.choice === 'submit' || letter?.status === 'withdrawn';
  const choiceText =
    proof.choice === 'commitment'
      ? t('apply.choiceCommitment')
      : proof.choice === 'submit'
        ? t('apply.choiceSubmit')
        : t('applications.choiceNone');

  return (
    <Card size="small" data-testid="application-proof" data-entry={proof.entryId} data-todo={todo ?? ''}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text strong style={{ wordBreak: 'break-word' }}>
            {proof.name}
          </Typography.Text>
          <PathTag path={proof.path} />
        </Flex>
        <Typography.Text>
          {t('applications.choice')}：{letter?.status === 'withdrawn' ? t('applications.choiceWithdrawn') : choiceText}
        </Typography.Text>

        {letter && (
          <Flex
            vertical
            gap={6}
            style={{ background: '#fafafa', borderRadius: 6, padding: '8px 10px' }}
            data-testid="application-letter"
          >
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{t('letter.title')}</Typography.Text>
              <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="letter-number">
                {letter.number}
              </Typography.Text>
              <LetterStatusTag status={letter.status} />
            </Flex>
            {letter.signedAt && (
              <Typography.Text type="secondary" data-testid="letter-signed-at">
                {t(letter.signMethod === 'paper' ? 'letter.signedPaper' : 'letter.signedElectronic', {
                  time: formatDateTime(letter.signedAt),
                })}
              </Typography.Text>
            )}
            <Flex gap={8} wrap>
              {viewer.isApplicant && letter.status === 'unsigned' && !decided ? (
                <Button
                  type="primary"
                  icon={<SignatureOutlined />}
                  onClick={() => onOpenLetter(letter)}
                  data-testid="letter-open"
                >
                  {t('letter.readAndSign')}
                </Button>
              ) : (
                <Button icon={<ReadOutlined />} onClick={() => onOpenLetter(letter)} data-testid="letter-open">
                  {t('letter.read')}
                </Button>
              )}
              <Button
                icon={<FilePdfOutlined />}
                href={letterPdfUrl(application.id, letter.id)}
                target="_blank"
                data-testid="letter-pdf-link"
              >
                {t('letter.downloadPdf')}
              </Button>
              {viewer.mayScan && letter.status === 'unsigned' && !decided && (
                <UploadButton
                  applicationId={application.id}
                  target={{ kind: 'scan', letterId: letter.id }}
                  label={t('letter.uploadScan')}
                  testId="letter-upload-scan"
                />
              )}
              {viewer.isOwnerSide && committed && !decided && (
                <Button
                  danger
                  icon={<RollbackOutlined />}
                  onClick={() => onWithdraw(proof)}
                  data-testid="letter-withdraw"
                >
                  {t('letter.withdraw')}
                </Button>
              )}
            </Flex>
          </Flex>
        )}

        {file && (
          <Typography.Text data-testid="proof-file">
            <PaperClipOutlined /> {isScan ? t('applications.scanFile') : t('applications.proofFile')}：
            <a
              href={fileUrl(application.id, file.id)}
              target="_blank"
              rel="noreferrer"
              style={{ wordBreak: 'break-all' }}
            >
              {file.filename}
            </a>{' '}
            <Typography.Text type="secondary">
              （{sizeText(file.size)} · {formatDateTime(file.uploadedAt)}）
            </Typography.Text>
          </Typography.Text>
        )}
        {needsProofFile && viewer.mayUpload && !decided && (
          <div>
            <UploadButton
              applicationId={application.id}
              target={{ kind: 'proof', entryId: proof.entryId }}
              label={file ? t('applications.reupload') : t('applications.uploadProof')}
              testId="proof-upload"
            />
          </div>
        )}
        {todo && !decided && (
          <Typography.Text type="warning" data-testid="proof-todo">
            {t(todo === 'sign' ? 'applications.todoSign' : 'applications.todoUpload')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The proofs of the application, one card each, with what can be done about each. */
export function ProofCards(props: {
  application: ApplicationView;
  viewer: Viewer;
  onOpenLetter: (letter: LetterView) => void;
  onWithdraw: (proof: ApplicationProofView) => void;
}) {
  const t = useT();
  return (
    <section aria-label={t('applications.proofs')} data-testid="application-proofs">
      <Typography.Title level={4}>{t('applications.proofs')}</Typography.Title>
      <Flex vertical gap={12}>
        {props.application.proofs.map((p) => (
          <ProofCard key={p.entryId} proof={p} {...props} />
        ))}
      </Flex>
    </section>
  );
}
