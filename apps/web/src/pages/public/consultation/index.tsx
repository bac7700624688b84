import { SUBSTITUTE_METHODS } from '@pfc/contracts';
import { Alert, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import { enumLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CommentForm } from './components/CommentForm';
import { useConsultation } from './queries';

/** 征求意见: the region's draft lists, the answered comments and a form to comment. */
export default function ConsultationPage() {
  const { t, lang } = usePrefs();
  const code = useParams().code ?? '';
  const view = useConsultation(code);
  const data = view.data;
  return (
    <main className="pfc-section" data-testid="consultation-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('consult.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('consult.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Link to={`/lists?region=${code}`}>{t('lists.title')}</Link>
      </Typography.Paragraph>
      <ErrorAlert error={view.error} />
      {data && !data.open && (
        <Alert
          type="info"
          showIcon
          title={t('consult.closed')}
          style={{ marginBottom: 16 }}
          data-testid="consultation-closed"
        />
      )}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {data.open && (
                <Card title={t('consult.drafts', { n: data.entries.length })} size="small">
                  <List
                    data-testid="draft-entries"
                    dataSource={data.entries}
                    renderItem={(e) => (
                      <List.Item key={e.id} data-testid="draft-entry">
                        <List.Item.Meta
                          title={
                            <Space wrap>
                              <span>{e.name}</span>
                              <Tag color={e.disposition === 'cancel' ? 'default' : 'blue'}>
                                {t(`catalog.disposition.${e.disposition}` as 'catalog.disposition.retain')}
                              </Tag>
                            </Space>
                          }
                          description={[
                            e.unitName,
                            e.disposition === 'cancel'
                              ? e.cancelReason
                              : e.substitutes.map((s) => enumLabel(SUBSTITUTE_METHODS, s.method, lang)).join('、'),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        />
                      </List.Item>
                    )}
                  />
                </Card>
              )}
              <Card title={t('consult.comments')} size="small">
                {data.comments.length === 0 ? (
                  <Empty description={t('consult.noComments')} />
                ) : (
                  <List
                    data-testid="public-comments"
                    dataSource={data.comments}
                    renderItem={(c) => (
                      <List.Item key={c.id} data-testid="public-comment">
                        <div style={{ width: '100%' }}>
                          <Typography.Text type="secondary">
                            {c.entryName ?? c.missingProofName ?? t('consult.general')} ·{' '}
                            {c.authorName ?? t('consult.anonymous')} · {formatDateTime(c.createdAt)}
                          </Typography.Text>
                          <Typography.Paragraph style={{ margin: '4px 0' }}>{c.body}</Typography.Paragraph>
                          {c.reply && (
                            <Typography.Paragraph type="success" style={{ margin: 0 }} data-testid="comment-reply">
                              {t('consult.reply')}：{c.reply}
                            </Typography.Paragraph>
                          )}
                        </div>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Space>
          </Col>
          {data.open && (
            <Col xs={24} lg={10}>
              <CommentForm code={code} entries={data.entries} />
            </Col>
          )}
        </Row>
      )}
    </main>
  );
}
