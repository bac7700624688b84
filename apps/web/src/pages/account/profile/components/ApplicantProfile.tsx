import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { usePrefs } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { regionNameMap, useRegions } from '../../../../components/regions';
import { useMyApplicant } from '../queries';

/** The applicant's own profile; identifiers stay masked even for their owner on screen. */
export function ApplicantProfile() {
  const { t } = usePrefs();
  const { data, isLoading, error } = useMyApplicant();
  const regions = regionNameMap(useRegions().data);
  if (isLoading) return <Skeleton active />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <Card title={t('menu.me')} data-testid="applicant-profile">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'kind',
            label: t('applicants.kind'),
            children: t(data.kind === 'legal' ? 'applicants.kindLegal' : 'applicants.kindNatural'),
          },
          {
            key: 'name',
            label: t(data.kind === 'legal' ? 'applicants.nameLegal' : 'applicants.nameNatural'),
            children: data.name,
          },
          {
            key: 'id',
            label: t(data.kind === 'legal' ? 'applicants.creditCode' : 'applicants.residentId'),
            children: data.identifierMasked,
          },
          { key: 'phone', label: t('applicants.phone'), children: data.phoneMasked ?? '—' },
          ...(data.kind === 'legal'
            ? [{ key: 'rep', label: t('applicants.legalRepresentative'), children: data.legalRepresentative ?? '—' }]
            : []),
          {
            key: 'region',
            label: t('common.region'),
            children: data.regionCode ? (regions.get(data.regionCode) ?? data.regionCode) : '—',
          },
          { key: 'created', label: t('applicants.createdAt'), children: formatDateTime(data.createdAt) },
        ]}
      />
    </Card>
  );
}
