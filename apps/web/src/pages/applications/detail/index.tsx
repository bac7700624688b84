import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import type { ApplicationProofView, LetterView } from '@pfc/contracts';
import { Alert, App, Button, Card, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ApiError, errorMessage } from '../../../app/request';
import { useSession } from '../../../app/session';
import { DECIDED_STATUSES, EDITABLE_STATUSES } from '../shared/labels';
import { ApplicationHeader } from './components/ApplicationHeader';
import { ClerkActions } from './components/ClerkActions';
import { EventTimeline } from './components/EventTimeline';
import { LetterDrawer } from './components/LetterDrawer';
import { NoticeLinks } from './components/NoticeLinks';
import { ProofCards, proofTodo, type Viewer } from './components/ProofCards';
import { ReasonModal } from './components/ReasonModal';
import { useApplication, useApplicationStep, useWithdrawCommitment } from './queries';

/** 办件详情: where the application stands, its proofs and letters, and the next step for whoever looks. */
export default function ApplicationPage() {
  const t = useT();
  const { message } = App.useApp();
  const id = useParams().id ?? '';
  const { access } = useSession();
  const query = useApplication(id);
  const step = useApplicationStep();
  const withdraw = useWithdrawCommitment();
  const [letterId, setLetterId] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<ApplicationProofView | null>(null);
  const a = query.data;

  const back = (
    <Link to="/applications">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('applications.backToList')}
      </Button>
    </Link>
  );
  if (query.isLoading) return <Skeleton active />;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return <Result status="404" title={t('applications.notFound')} extra={back} data-testid="application-not-found" />;
  }
  if (!a) return <Alert type="error" showIcon title={errorMessage(query.error)} />;

  // What this user may do comes from the server, which applies the same rules when they do it.
  const viewer: Viewer = {
    isApplicant: a.viewer.isApplicant,
    isOwnerSide: a.viewer.actsForApplicant,
    mayUpload: a.viewer.actsForApplicant,
    mayScan: access.isStaff && a.viewer.actsForApplicant,
  };
  const decided = DECIDED_STATUSES.includes(a.status);
  const letters = a.proofs.flatMap((p) => (p.letter ? [p.letter] : []));
  const openLetter: LetterView | null = letters.find((l) => l.id === letterId) ?? null;
  const todos = a.proofs.filter((p) => proofTodo(p));
  const canSubmit = EDITABLE_STATUSES.includes(a.status) && viewer.isOwnerSide;

  return (
    <div data-testid="application-page">
      {back}
      <ApplicationHeader application={a} />
      {a.viewer.handles && <ClerkActions application={a} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <ProofCards
            application={a}
            viewer={viewer}
            onOpenLetter={(l) => setLetterId(l.id)}
            onWithdraw={(p) => {
              withdraw.reset();
              setWithdrawing(p);
            }}
          />
          {canSubmit && (
            <Card size="small" style={{ marginTop: 16 }} data-testid="application-submit-bar">
              {todos.length > 0 ? (
                <Typography.Paragraph type="warning" data-testid="application-todos">
                  {t('applications.todoCount', { count: todos.length })}
                </Typography.Paragraph>
              ) : (
                <Typography.Paragraph type="secondary">
                  {t(a.status === 'correction' ? 'applications.resubmitHint' : 'applications.submitHint')}
                </Typography.Paragraph>
              )}
              {step.error ? (
                <Alert
                  type="error"
                  showIcon
                  title={errorMessage(step.error)}
                  style={{ marginBottom: 12 }}
                  data-testid="application-submit-error"
                />
              ) : null}
              <Button
                type="primary"
                size="large"
                block
                icon={<SendOutlined />}
                loading={step.isPending}
                onClick={() =>
                  step.mutate(
                    { id: a.id, action: { step: 'submit' } },
                    { onSuccess: () => void message.success(t('applications.submitted')) },
                  )
                }
                data-testid="application-submit"
              >
                {t(a.status === 'correction' ? 'applications.resubmit' : 'applications.submit')}
              </Button>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <NoticeLinks application={a} />
            <EventTimeline events={a.events} />
          </Flex>
        </Col>
      </Row>
      <LetterDrawer
        applicationId={a.id}
        letter={openLetter}
        canSign={a.viewer.isApplicant && !decided}
        onClose={() => setLetterId(null)}
      />
      <ReasonModal
        open={!!withdrawing}
        title={t('withdraw.title', { name: withdrawing?.name ?? '' })}
        explanation={t('withdraw.explain')}
        label={t('withdraw.reason')}
        required
        okText={t('withdraw.confirm')}
        danger
        pending={withdraw.isPending}
        error={withdraw.error}
        testId="withdraw-modal"
        onClose={() => setWithdrawing(null)}
        onSubmit={(reason) =>
          withdrawing &&
          withdraw.mutate(
            { id: a.id, entryId: withdrawing.entryId, reason },
            {
              onSuccess: () => {
                setWithdrawing(null);
                void message.success(t('withdraw.done'));
              },
            },
          )
        }
      />
    </div>
  );
}
