import type { AdjustmentKind, RuleFinding } from '@pfc/contracts';
import { App, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ApiError } from '../../../../app/request';
import { useSession } from '../../../../app/session';
import { FormDrawer } from '../../../../components/FormDrawer';
import { UnitSelect } from '../../../../components/UnitSelect';
import { BasicsSection } from '../../entry/components/BasicsSection';
import { CommitmentSection } from '../../entry/components/CommitmentSection';
import { DispositionSection } from '../../entry/components/DispositionSection';
import { FindingsProvider } from '../../entry/components/findings';
import { LegalBasisSection } from '../../entry/components/LegalBasisSection';
import { RuleCheckPanel } from '../../entry/components/RuleCheckPanel';
import { SubstitutesSection } from '../../entry/components/SubstitutesSection';
import { blankValues, draftOf, type EntryFormValues, inputOf, valuesOf } from '../../entry/form';
import { useLiveRuleCheck } from '../../shared/ruleCheck';
import { ownCatalogUnit } from '../../shared/units';
import { useAdjustmentActions, usePublishedEntries } from '../queries';

type Values = EntryFormValues & { kind: AdjustmentKind; entryId?: string; reason: string; basis?: string };

/** The server's rule check (422 RULES_FAILED) as findings shown under the fields they concern. */
function ruleFindings(err: unknown): RuleFinding[] {
  if (!(err instanceof ApiError) || err.code !== 'RULES_FAILED') return [];
  return err.details.map((d, i) => ({
    code: `${d.field}-${i}`,
    level: 'error',
    field: d.field.replace(/^(body\.)?entry\.?/, '') || null,
    message: d.message,
    rule: null,
  }));
}

/** The entry an add or change request proposes, once there is one to check (a change needs its entry picked). */
function proposedDraft(v: Partial<Values>) {
  return v.kind === 'add' || (v.kind === 'change' && v.entryId) ? draftOf(v) : null;
}

/**
 * 申请调整: the catalogue officer proposes to add, change or remove a published proof entry. An
 * added or changed entry gets the entry editor's live rule check, so a request the Justice Bureau
 * would refuse on the seven rules is seen before it is sent.
 */
export function RequestDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useSession();
  const own = ownCatalogUnit(session);
  const [form] = Form.useForm<Values>();
  const { request } = useAdjustmentActions();
  const [findings, setFindings] = useState<RuleFinding[]>([]);
  const kind = Form.useWatch('kind', form) ?? 'remove';
  const unitId = (Form.useWatch('unitId', form) as string | undefined) ?? own?.id;
  const disposition = Form.useWatch('disposition', form) ?? 'retain';
  const entries = usePublishedEntries(unitId);
  const published = entries.data?.items ?? [];
  const draft = Form.useWatch((v: Partial<Values>) => proposedDraft(v), { form, preserve: true });
  const check = useLiveRuleCheck(open && draft ? draft : null);
  const live = kind !== 'remove' && !!draft;
  // The live findings; until the first answer, whatever the server said to the last request.
  const shown = live ? (check.data?.findings ?? findings) : findings;

  const onPick = (id: string) => {
    const entry = published.find((e) => e.id === id);
    if (entry && form.getFieldValue('kind') === 'change') form.setFieldsValue(valuesOf(entry));
  };
  const onFinish = (v: Values) => {
    setFindings([]);
    const all = form.getFieldsValue(true) as Values;
    request.mutate(
      {
        unitId: all.unitId ?? own?.id ?? '',
        kind: v.kind,
        entryId: v.kind === 'add' ? null : (v.entryId ?? null),
        entry: v.kind === 'remove' ? null : inputOf(all),
        reason: v.reason.trim(),
        basis: (v.basis ?? '').trim(),
      },
      {
        onSuccess: () => {
          void message.success(t('adj.requested'));
          onClose();
        },
        onError: (err) => setFindings(ruleFindings(err)),
      },
    );
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('adj.requestTitle')}
      width={760}
      form={form}
      mutation={request}
      submitTestId="adjustment-submit"
      errorTestId="adjustment-error"
    >
      <FindingsProvider findings={shown}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ ...blankValues(own?.id), kind: 'remove', reason: '', basis: '' }}
          onFinish={onFinish}
          data-testid="adjustment-form"
        >
          <Form.Item name="kind" label={t('adj.kind')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              data-testid="adjustment-kind-picker"
              options={(['add', 'change', 'remove'] as const).map((k) => ({ value: k, label: t(`adj.kind.${k}`) }))}
            />
          </Form.Item>
          {own ? (
            <Form.Item label={t('adj.unit')}>
              <Typography.Text>{own.name}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item
              name="unitId"
              label={t('adj.unit')}
              rules={[{ required: true, message: t('common.unitRequired') }]}
            >
              <UnitSelect data-testid="adjustment-unit" />
            </Form.Item>
          )}
          {kind !== 'add' && (
            <Form.Item
              name="entryId"
              label={t('adj.entry')}
              rules={[{ required: true, message: t('adj.entryRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('adj.entryPick')}
                loading={entries.isFetching}
                options={published.map((e) => ({ value: e.id, label: e.name }))}
                onChange={onPick}
                data-testid="adjustment-entry"
              />
            </Form.Item>
          )}
          {kind !== 'remove' && (
            <>
              <BasicsSection isNew={false} unitName={own?.name} knownUnits={own ? [own] : []} />
              <LegalBasisSection readOnly={false} />
              <DispositionSection />
              {disposition === 'retain' && <SubstitutesSection readOnly={false} />}
              {disposition === 'retain' && <CommitmentSection />}
            </>
          )}
          {live && <RuleCheckPanel findings={shown} checking={check.isFetching} error={check.error} live />}
          <Form.Item
            name="reason"
            label={t('adj.reason')}
            rules={[{ required: true, whitespace: true, message: t('adj.reasonRequired') }, { max: 2000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="adjustment-reason" />
          </Form.Item>
          <Form.Item name="basis" label={t('adj.basis')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid="adjustment-basis" />
          </Form.Item>
        </Form>
      </FindingsProvider>
    </FormDrawer>
  );
}
