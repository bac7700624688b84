import { IdcardOutlined } from '@ant-design/icons';
import type { ApplicantView } from '@pfc/contracts';
import { Alert, Card, Descriptions, Input, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../app/prefs';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';

/**
 * Window clerks and grid workers apply for someone: they find the person by the full ID number
 * (an exact match, so no list of strangers is browsed) and see only masked values.
 */
export function ApplicantFinder({
  identifier,
  onSearch,
  found,
  loading,
  error,
}: {
  identifier: string;
  onSearch: (identifier: string) => void;
  found: ApplicantView | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  const { access } = useSession();
  const notFound = !!identifier && !loading && !error && !found;
  return (
    <Card
      size="small"
      title={
        <>
          <IdcardOutlined /> {t('apply.applicant')}
        </>
      }
      style={{ marginBottom: 16 }}
      data-testid="apply-applicant"
    >
      <Input.Search
        allowClear
        defaultValue={identifier}
        placeholder={t('apply.identifierPlaceholder')}
        aria-label={t('apply.identifierPlaceholder')}
        enterButton={t('common.search')}
        loading={loading}
        onSearch={(v) => onSearch(v)}
        data-testid="apply-identifier"
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('apply.identifierHint')}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      {notFound && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('apply.applicantNotFound')}
          description={
            access.canRegisterApplicants ? (
              <Link to="/admin/applicants">{t('apply.registerApplicant')}</Link>
            ) : (
              t('apply.askClerkToRegister')
            )
          }
          data-testid="apply-applicant-not-found"
        />
      )}
      {found && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="apply-applicant-found">
          <Descriptions.Item label={t('applications.applicant')}>{found.name}</Descriptions.Item>
          <Descriptions.Item label={t('applications.identifier')}>
            <code>{found.identifierMasked}</code>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
