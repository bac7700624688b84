import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../../app/prefs';
import { useProofSuggest } from '../queries';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface Props {
  /** The text to start with (the current query); remount with a new key to reset it. */
  initial?: string;
  region: string | undefined;
  onSubmit: (q: string) => void;
}

/**
 * The big search box: names appear as one types (200 ms after the last key); choosing one opens
 * that entry's answer, Enter or the button searches for the text as typed.
 */
export function ProofSearchBox({ initial = '', region, onSubmit }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const typed = useDebounced(text, 200);
  const suggest = useProofSuggest(typed, region);
  const items = text.trim() ? (suggest.data ?? []) : [];
  const options = items.map((s) => ({
    value: s.entryId,
    label: (
      <div data-testid="search-suggestion" style={{ whiteSpace: 'normal' }}>
        {s.name}
        {s.alias && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: '0.9em' }}>
            {t('search.aliasOf', { alias: s.alias })}
          </Typography.Text>
        )}
      </div>
    ),
  }));
  const open = (entryId: string) => navigate(region ? `/proofs/${entryId}?region=${region}` : `/proofs/${entryId}`);
  return (
    <AutoComplete
      value={text}
      options={options}
      // Picking an option reports its entry id as the new value; the box keeps showing the words.
      onChange={(value: string) => {
        if (!items.some((s) => s.entryId === value)) setText(value);
      }}
      onSelect={(entryId: string) => open(entryId)}
      showSearch={{ filterOption: false }}
      defaultActiveFirstOption={false}
      style={{ width: '100%' }}
    >
      <Input.Search
        size="large"
        enterButton={t('search.submit')}
        placeholder={t('search.placeholder')}
        aria-label={t('search.title')}
        maxLength={200}
        allowClear
        onSearch={(value) => {
          if (value.trim()) onSubmit(value.trim());
        }}
        data-testid="search-input"
      />
    </AutoComplete>
  );
}
