import type { ProofEntryView } from '@pfc/contracts';
import { Alert, App, Button, Col, Form, Input, Card, Row } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePrefs } from '../../../../app/prefs';
import { ApiError, errorMessage, newIdempotencyKey } from '../../../../app/request';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useLiveRuleCheck } from '../../shared/ruleCheck';
import { EDITABLE_STATUSES } from '../../shared/status';
import { ownCatalogUnit, unitGrantIds } from '../../shared/units';
import { blankValues, draftOf, type EntryFormValues, inputOf, valuesOf } from '../form';
import { useEntryStep, useSaveEntry, useTimeline } from '../queries';
import { BasicsSection } from './BasicsSection';
import { CommitmentSection } from './CommitmentSection';
import { DispositionSection } from './DispositionSection';
import { EntryActions } from './EntryActions';
import { EntryTimeline, stageLabel } from './EntryTimeline';
import { FindingsProvider, FlaggedBlock } from './findings';
import { LegalBasisSection } from './LegalBasisSection';
import { ReviewPanel, useReviewSteps } from './ReviewPanel';
import { RuleCheckPanel } from './RuleCheckPanel';
import { SubstitutesSection } from './SubstitutesSection';

/** Server field errors ("body.entry.legalBasis.0.instrument") as form field errors. */
function formErrors(err: unknown) {
  if (!(err instanceof ApiError)) return [];
  return err.details
    .filter((d) => d.field.startsWith('body.entry.'))
    .map((d) => ({
      name: d.field
        .slice('body.entry.'.length)
        .split('.')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [d.message],
    }));
}

/**
 * The attachment-4 form of one proof entry with its live rule check. Editable by the unit's
 * catalogue officer while the entry is a draft or sent back; read-only otherwise, with the review
 * buttons for whoever's turn it is and the timeline.
 */
export function EntryEditor({ entry, onReload }: { entry: ProofEntryView | null; onReload: () => void }) {
  const { t } = usePrefs();
  const { session, access } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EntryFormValues>();
  const ownUnit = ownCatalogUnit(session);
  const [initial] = useState(() => (entry ? valuesOf(entry) : blankValues(ownUnit?.id)));
  const [draft, setDraft] = useState<EntryFormValues>(initial);
  const idempotencyKey = useRef(newIdempotencyKey());
  const [conflict, setConflict] = useState(false);

  const mayEditUnit = !entry || access.isAdmin || unitGrantIds(session, 'catalog_officer').includes(entry.unitId);
  const editable = access.canEditCatalog && mayEditUnit && (!entry || EDITABLE_STATUSES.includes(entry.status));

  const input = useMemo(() => draftOf(draft), [draft]);
  const saved = useMemo(() => (entry ? JSON.stringify(draftOf(valuesOf(entry))) : ''), [entry]);
  const dirty = !entry || JSON.stringify(input) !== saved;
  const check = useLiveRuleCheck(editable ? input : null);
  const findings = editable ? (check.data?.findings ?? entry?.findings ?? []) : (entry?.findings ?? []);

  const timeline = useTimeline(entry?.id);
  const reviewSteps = useReviewSteps(entry, timeline.data);
  const save = useSaveEntry();
  const step = useEntryStep();
  const disposition = draft.disposition ?? 'retain';
  const sentBack =
    entry?.status === 'sent_back'
      ? [...(timeline.data ?? [])].reverse().find((i) => i.decision === 'send_back')
      : undefined;

  /** Validates and saves the form; the saved entry, or null when the form or the server said no. */
  const persist = async (): Promise<ProofEntryView | null> => {
    try {
      await form.validateFields();
    } catch (err) {
      const first = (err as { errorFields?: Array<{ name: (string | number)[] }> }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return null;
    }
    const values = form.getFieldsValue(true) as EntryFormValues;
    try {
      const view = await save.mutateAsync({
        id: entry?.id,
        version: entry?.version,
        unitId: values.unitId,
        entry: inputOf(values),
        idempotencyKey: idempotencyKey.current,
      });
      setConflict(false);
      return view;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'ENTRY_VERSION_CONFLICT') setConflict(true);
      else form.setFields(formErrors(err) as never);
      return null;
    }
  };

  const onSave = async () => {
    const view = await persist();
    if (!view) return;
    void message.success(entry ? t('common.saved') : t('catalog.entry.created', { name: view.name }));
    if (!entry) navigate(`/catalog/entries/${view.id}`, { replace: true });
  };

  const onSubmit = async () => {
    step.reset();
    const view = dirty ? await persist() : entry;
    if (!view) return;
    try {
      await step.mutateAsync({ id: view.id, step: 'submit' });
      void message.success(t('catalog.entry.submitted'));
    } catch (err) {
      void message.error(errorMessage(err));
    }
    if (!entry) navigate(`/catalog/entries/${view.id}`, { replace: true });
  };

  const onWithdraw = () => {
    if (!entry) return;
    step.reset();
    step.mutate(
      { id: entry.id, step: 'withdraw' },
      { onSuccess: () => void message.success(t('catalog.entry.withdrawn')) },
    );
  };

  const side = (
    <>
      <RuleCheckPanel
        findings={findings}
        checking={editable && check.isFetching}
        error={editable ? check.error : null}
        live={editable}
      />
      {entry && <ReviewPanel entry={entry} steps={reviewSteps} timelineLoading={timeline.isFetching} />}
      {entry && <EntryTimeline items={timeline.data} loading={timeline.isPending} error={timeline.error} />}
    </>
  );

  return (
    <FindingsProvider findings={findings}>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('catalog.entry.conflictTitle')}
          description={t('catalog.entry.conflictText')}
          action={
            <Button onClick={onReload} data-testid="entry-reload">
              {t('catalog.entry.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="entry-conflict"
        />
      )}
      {sentBack && (
        <Alert
          type="warning"
          showIcon
          title={t('catalog.entry.sentBackBy', { stage: stageLabel(t, sentBack.stage), by: sentBack.by ?? '' })}
          description={sentBack.comment}
          style={{ marginBottom: 16, whiteSpace: 'pre-wrap' }}
          data-testid="entry-sent-back"
        />
      )}
      {!conflict && <ErrorAlert error={save.error} data-testid="entry-save-error" />}
      <ErrorAlert error={step.error} data-testid="entry-step-error" />
      {!editable && entry && access.canEditCatalog && mayEditUnit && (
        <Alert
          type="info"
          showIcon
          title={t('catalog.entry.readOnly')}
          style={{ marginBottom: 16 }}
          data-testid="entry-read-only"
        />
      )}
      <Row gutter={16}>
        <Col xs={{ span: 24, order: editable ? 1 : 2 }} lg={{ span: 16, order: 1 }}>
          <Form<EntryFormValues>
            name="proof-entry"
            form={form}
            layout="vertical"
            initialValues={initial}
            disabled={!editable}
            className={editable ? undefined : 'pfc-readonly-form'}
            onValuesChange={() => setDraft({ ...(form.getFieldsValue(true) as EntryFormValues) })}
            data-testid="entry-form"
          >
            <BasicsSection isNew={!entry} unitName={entry?.unitName} knownUnits={ownUnit ? [ownUnit] : []} />
            <LegalBasisSection readOnly={!editable} />
            <DispositionSection />
            {disposition === 'retain' && <SubstitutesSection readOnly={!editable} />}
            {disposition === 'retain' && <CommitmentSection />}
            <Card title={t('catalog.entry.remarks')} size="small" style={{ marginBottom: 16 }}>
              <FlaggedBlock field="remarks">
                <Form.Item name="remarks" rules={[{ max: 1000 }]} style={{ marginBottom: 0 }}>
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={1000}
                    aria-label={t('catalog.entry.remarks')}
                    data-testid="entry-remarks"
                  />
                </Form.Item>
              </FlaggedBlock>
            </Card>
          </Form>
          {editable && (
            <EntryActions
              isNew={!entry}
              dirty={dirty}
              findings={findings}
              saving={save.isPending}
              stepping={step.isPending}
              onSave={() => void onSave()}
              onSubmit={() => void onSubmit()}
              onWithdraw={onWithdraw}
            />
          )}
        </Col>
        <Col xs={{ span: 24, order: editable ? 2 : 1 }} lg={{ span: 8, order: 2 }}>
          <div className="pfc-entry-side">{side}</div>
        </Col>
      </Row>
    </FindingsProvider>
  );
}
