import { normalizeIdentifier } from '@pfc/contracts';
import { Flex, Input, Select } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../app/prefs';

export type ApplicantSearchBy = 'name' | 'identifier';

/** The applicants query for a search: by name, or by the full ID number (exact, normalised). */
export function applicantQuery(by: ApplicantSearchBy, term: string): { q?: string; identifier?: string } {
  if (!term) return {};
  return by === 'name' ? { q: term } : { identifier: normalizeIdentifier(term) };
}

/** Find an applicant by name or by full ID number: the admin's applicant list and the credit page. */
export function ApplicantSearch({
  by,
  onByChange,
  onSearch,
  testId,
  inputStyle,
}: {
  by: ApplicantSearchBy;
  onByChange: (by: ApplicantSearchBy) => void;
  onSearch: (term: string) => void;
  testId?: string;
  inputStyle?: CSSProperties;
}) {
  const t = useT();
  const placeholder = t(by === 'name' ? 'applicants.searchNamePlaceholder' : 'applicants.searchIdPlaceholder');
  return (
    <Flex gap={8} wrap role="search" style={{ marginBottom: 12 }}>
      <Select<ApplicantSearchBy>
        value={by}
        onChange={onByChange}
        aria-label={t('applicants.searchBy')}
        options={[
          { value: 'name', label: t('applicants.searchByName') },
          { value: 'identifier', label: t('applicants.searchByIdentifier') },
        ]}
        style={{ width: 160 }}
        data-testid={testId ? `${testId}-by` : undefined}
      />
      <Input.Search
        key={by}
        allowClear
        placeholder={placeholder}
        aria-label={placeholder}
        enterButton={t('common.search')}
        onSearch={(v) => onSearch(v.trim())}
        style={inputStyle ?? { flex: 1, minWidth: 200 }}
        data-testid={testId}
      />
    </Flex>
  );
}
