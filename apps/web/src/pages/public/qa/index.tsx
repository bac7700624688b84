import { Collapse, Empty, Input, Skeleton, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useQa } from './queries';

/** 实务问答: the common questions about the reform, searchable; the keyword stays in the URL. */
export default function QaPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const qa = useQa(q);
  const items = qa.data ?? [];
  return (
    <main className="pfc-section" data-testid="qa-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('qa.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('qa.intro')} <Link to="/search">{t('menu.lookup')}</Link>
      </Typography.Paragraph>
      <Input.Search
        key={q}
        defaultValue={q}
        placeholder={t('qa.searchPlaceholder')}
        aria-label={t('qa.searchPlaceholder')}
        enterButton={t('search.submit')}
        allowClear
        size="large"
        maxLength={100}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="qa-search"
      />
      <ErrorAlert error={qa.error} />
      {qa.isLoading && <Skeleton active />}
      {qa.data && (
        <>
          <Typography.Paragraph type="secondary" data-testid="qa-count">
            {t('qa.count', { total: items.length })}
          </Typography.Paragraph>
          {items.length === 0 ? (
            <Empty description={t('qa.empty')} data-testid="qa-empty" />
          ) : (
            <Collapse
              data-testid="qa-list"
              style={{ opacity: qa.isPlaceholderData ? 0.6 : 1 }}
              items={items.map((item) => ({
                key: item.id,
                label: <span data-testid="qa-question">{item.question}</span>,
                children: item.answer.split('\n').map((line, i) => (
                  <Typography.Paragraph key={i} style={{ marginBottom: 8 }}>
                    {line}
                  </Typography.Paragraph>
                )),
              }))}
            />
          )}
        </>
      )}
    </main>
  );
}
