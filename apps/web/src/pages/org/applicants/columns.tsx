import type { ApplicantView } from '@pfc/contracts';
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';

/** Only masked identifiers and phone numbers ever reach this table. */
export function applicantColumns(t: Translate, regions: Map<string, string>): ColumnsType<ApplicantView> {
  return [
    {
      title: t('applicants.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: ApplicantView['kind']) => (
        <Tag color={kind === 'legal' ? 'purple' : 'blue'}>
          {t(kind === 'legal' ? 'applicants.kindLegal' : 'applicants.kindNatural')}
        </Tag>
      ),
    },
    { title: t('applicants.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('applicants.identifier'),
      dataIndex: 'identifierMasked',
      key: 'identifier',
      render: (v: string) => <code>{v}</code>,
    },
    { title: t('applicants.phone'), dataIndex: 'phoneMasked', key: 'phone', render: (v: string | null) => v || '—' },
    {
      title: t('applicants.legalRepresentative'),
      dataIndex: 'legalRepresentative',
      key: 'rep',
      render: (v: string | null) => v || '—',
    },
    {
      title: t('common.region'),
      dataIndex: 'regionCode',
      key: 'region',
      render: (v: string | null) => (v ? (regions.get(v) ?? v) : '—'),
    },
    {
      title: t('applicants.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatDateTime(v),
    },
  ];
}
