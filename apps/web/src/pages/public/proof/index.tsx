import { ArrowLeftOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ApiError, errorMessage } from '../../../app/request';
import { usePublicRegions } from '../search/queries';
import { regionPath } from '../search/region';
import { ProofFacts } from './components/ProofFacts';
import { AnswerBanner } from './components/AnswerBanner';
import { ReportModal } from './components/ReportModal';
import { usePublicProof } from './queries';

/** On paper: only the answer and its facts, no header, footer or buttons. */
const PRINT_CSS = `
@media print {
  .pfc-header, .ant-layout-footer, .pfc-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; }
  .pfc-proof-page { max-width: none !important; padding: 0 !important; }
  .pfc-proof-answer { -webkit-print-color-adjust: exact; print-color-adjust: exact; break-inside: avoid; }
  .pfc-print-only { display: block !important; }
  .ant-descriptions-row { break-inside: avoid; }
}
.pfc-print-only { display: none; }
`;

/** 答复页: one published proof entry, answered in a sentence, with everything that backs the answer. */
export default function ProofPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const [params] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const navigate = useNavigate();
  const location = useLocation();
  const [reporting, setReporting] = useState(false);
  const proof = usePublicProof(id, region);
  const regions = usePublicRegions();
  const data = proof.data;
  const notFound = proof.error instanceof ApiError && proof.error.status === 404;
  // Came from the search: go back to the same results; opened from a shared link: a fresh search.
  const back = () =>
    location.key !== 'default' ? navigate(-1) : navigate(region ? `/search?region=${region}` : '/search');

  return (
    <main className="pfc-section pfc-proof-page" data-testid="proof-page">
      <style>{PRINT_CSS}</style>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={back}
        className="pfc-no-print"
        style={{ paddingInline: 0, marginBottom: 8 }}
      >
        {t('proof.backToSearch')}
      </Button>
      {proof.isLoading && <Skeleton active />}
      {notFound && (
        <Result
          status="404"
          title={t('proof.notFound')}
          extra={
            <Link to={region ? `/search?region=${region}` : '/search'}>
              <Button type="primary">{t('proof.backToSearch')}</Button>
            </Link>
          }
          data-testid="proof-not-found"
        />
      )}
      {proof.error && !notFound && <Alert type="error" showIcon title={errorMessage(proof.error)} />}
      {data && (
        <>
          <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="proof-name">
            {data.name}
          </Typography.Title>
          <AnswerBanner proof={data} />
          <Flex gap={8} wrap className="pfc-no-print" style={{ marginBottom: 16 }}>
            <Button
              danger
              icon={<WarningOutlined />}
              onClick={() => setReporting(true)}
              data-testid="proof-report"
              style={{ whiteSpace: 'normal', height: 'auto', minHeight: 32 }}
            >
              {t('proof.report')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="proof-print">
              {t('proof.print')}
            </Button>
          </Flex>
          <ProofFacts
            proof={data}
            regionCode={region ?? data.source.regionCode}
            regionName={region && regions.data ? regionPath(regions.data, region) : data.source.regionName}
          />
          <Typography.Paragraph type="secondary" className="pfc-print-only" style={{ marginTop: 16 }}>
            {t('proof.printedFrom', { url: window.location.href })}
          </Typography.Paragraph>
          <ReportModal
            open={reporting}
            onClose={() => setReporting(false)}
            regionCode={region ?? data.source.regionCode}
          />
        </>
      )}
    </main>
  );
}
