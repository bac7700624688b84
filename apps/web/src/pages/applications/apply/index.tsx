import { FileProtectOutlined } from '@ant-design/icons';
import { normalizeIdentifier, type ApplicantView, type ApplicationInput, type ProofChoice } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { api, newIdempotencyKey } from '../../../app/request';
import { ApiError } from '../../../app/request';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useRegions } from '../../../components/regions';
import { ApplicantFinder } from './components/ApplicantFinder';
import { ItemPicker } from './components/ItemPicker';
import { type ChoiceState, choiceProblem, ProofChoiceCard } from './components/ProofChoiceCard';
import { useApplicableItems, useApplicantByIdentifier, useCreateApplication, useItemProofs } from './queries';
import { applyRegionOf, applyRegionOptions } from './region';

/**
 * 我要办事 / 代办: pick the region and the service item, then decide proof by proof — sign a
 * commitment or submit the proof. Region and item live in the URL; the choices are sent once.
 * Window clerks and grid workers first find the applicant by the full ID number.
 */
export default function ApplyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { access } = useSession();
  const staff = access.isStaff;
  const [params, setParams] = useSearchParams();
  const itemId = params.get('item') ?? undefined;

  const [identifier, setIdentifier] = useState('');
  const lookup = useApplicantByIdentifier(staff ? identifier : '');
  const me = useQuery({
    queryKey: ['applicants', 'me'],
    queryFn: () => api.get<ApplicantView>('/applicants/me'),
    enabled: access.isApplicant,
  });
  const applicant = staff ? lookup.data?.[0] : me.data;

  const regions = useRegions();
  const regionOptions = useMemo(() => applyRegionOptions(regions.data ?? []), [regions.data]);
  const region =
    params.get('region') ?? applyRegionOf(regions.data ?? [], applicant?.regionCode) ?? regionOptions[0]?.value;

  const items = useApplicableItems(applicant ? region : undefined);
  const proofs = useItemProofs(itemId, region, staff ? applicant?.id : undefined, !!applicant);
  const data = proofs.data;
  const eligible = data?.eligibility.eligible ?? true;

  const [choices, setChoices] = useState<Record<string, ChoiceState>>({});
  const [tried, setTried] = useState(false);
  const create = useCreateApplication();
  // One key per distinct form: a double click creates one application, a changed form a new one.
  const idempotencyKey = useRef(newIdempotencyKey());

  useEffect(() => {
    setChoices({});
    setTried(false);
    create.reset();
  }, [itemId, region, applicant?.id]);

  const go = (next: { region?: string; item?: string | undefined }) => {
    const query: Record<string, string> = {};
    const nextRegion = next.region ?? region;
    const nextItem = 'item' in next ? next.item : itemId;
    if (nextRegion) query.region = nextRegion;
    if (nextItem) query.item = nextItem;
    setParams(query, { replace: true });
  };

  const stateOf = (entryId: string): ChoiceState | undefined =>
    choices[entryId] ?? (eligible ? undefined : { choice: 'submit', consent: false });
  const problems = (data?.proofs ?? []).filter((p) => choiceProblem(p, stateOf(p.entryId)));

  const submit = async () => {
    setTried(true);
    if (!data || !region || !applicant || problems.length > 0) return;
    const picked: ProofChoice[] = data.proofs
      .filter((p) => p.path === 'commitment' || p.path === 'submit')
      .map((p) => {
        if (p.path === 'submit') return { entryId: p.entryId, choice: 'submit' };
        const s = stateOf(p.entryId)!;
        const choice = s.choice ?? 'submit';
        return choice === 'commitment' && p.disclosure
          ? { entryId: p.entryId, choice, disclosureConsent: s.consent }
          : { entryId: p.entryId, choice };
      });
    const body: ApplicationInput = {
      regionCode: region,
      serviceItemId: data.serviceItem.id,
      choices: picked,
      ...(staff ? { applicantId: applicant.id } : {}),
    };
    try {
      const view = await create.mutateAsync({ body, idempotencyKey: idempotencyKey.current });
      navigate(`/applications/${view.id}`);
    } catch (err) {
      // The message shows above the button. A refused request (4xx) makes the next try a new one;
      // after a lost answer (network, 5xx) the same key lets the server replay instead of duplicating.
      if (err instanceof ApiError && err.status >= 400 && err.status < 500)
        idempotencyKey.current = newIdempotencyKey();
    }
  };

  const title = staff ? t(access.isWindowClerk ? 'apply.titleCounter' : 'apply.titleProxy') : t('menu.apply');
  return (
    <div style={{ maxWidth: 880 }} data-testid="apply-page">
      <PageHeader title={title} description={t('apply.intro')} />
      {staff && (
        <ApplicantFinder
          identifier={identifier}
          onSearch={(v) => setIdentifier(v.trim() ? normalizeIdentifier(v) : '')}
          found={applicant}
          loading={lookup.isFetching}
          error={lookup.error}
        />
      )}
      <ErrorAlert error={me.error} />
      {applicant && (
        <>
          <Card size="small" title={t('apply.stepItem')} style={{ marginBottom: 16 }}>
            <Row gutter={[12, 12]}>
              <Col xs={24}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  value={region}
                  onChange={(code: string) => go({ region: code, item: undefined })}
                  loading={regions.isLoading}
                  options={regionOptions}
                  placeholder={t('apply.region')}
                  aria-label={t('apply.region')}
                  style={{ width: '100%' }}
                  data-testid="apply-region"
                />
              </Col>
              <Col xs={24}>
                <ErrorAlert error={items.error ?? regions.error} />
                <ItemPicker
                  items={items.data}
                  loading={items.isLoading}
                  value={itemId}
                  onChange={(id) => go({ item: id })}
                />
              </Col>
            </Row>
          </Card>
          {itemId && (
            <section aria-label={t('apply.stepProofs')} data-testid="apply-proofs">
              <Typography.Title level={4}>{t('apply.stepProofs')}</Typography.Title>
              <ErrorAlert error={proofs.error} />
              {proofs.isLoading && <Skeleton active />}
              {data && !data.eligibility.eligible && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t('apply.ineligible')}
                  description={data.eligibility.reason}
                  data-testid="apply-ineligible"
                />
              )}
              {data && (
                <Typography.Paragraph type="secondary">
                  {t('apply.itemFacts', { unit: data.serviceItem.unitName, days: data.serviceItem.legalTimeLimitDays })}
                </Typography.Paragraph>
              )}
              {data && data.proofs.length === 0 && (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apply.noProofs')} />
              )}
              <Flex vertical gap={12}>
                {data?.proofs.map((p) => (
                  <ProofChoiceCard
                    key={p.entryId}
                    proof={p}
                    eligible={eligible}
                    state={stateOf(p.entryId)}
                    showProblem={tried}
                    onChange={(next) => {
                      idempotencyKey.current = newIdempotencyKey();
                      setChoices((all) => ({ ...all, [p.entryId]: next }));
                    }}
                  />
                ))}
              </Flex>
              {data && (
                <div style={{ marginTop: 16 }}>
                  <ErrorAlert error={create.error} data-testid="apply-error" />
                  {tried && problems.length > 0 && (
                    <Alert
                      type="error"
                      showIcon
                      style={{ marginBottom: 12 }}
                      title={t('apply.fixProblems', { count: problems.length })}
                    />
                  )}
                  <Button
                    type="primary"
                    size="large"
                    block
                    icon={<FileProtectOutlined />}
                    loading={create.isPending}
                    onClick={() => void submit()}
                    data-testid="apply-create"
                  >
                    {t('apply.create')}
                  </Button>
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                    {t('apply.createHint')}
                  </Typography.Paragraph>
                </div>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
