import type { LetterText as LetterTextType } from '@pfc/contracts';
import { Divider, Typography } from 'antd';
import { useT } from '../../../../app/prefs';

/** The frozen text of a 告知承诺书, laid out for reading on a phone: notice, pledges, then what it rests on. */
export function LetterText({ text }: { text: LetterTextType }) {
  const t = useT();
  return (
    <article data-testid="letter-text" style={{ fontSize: '1.05em', lineHeight: 1.7 }}>
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }} data-testid="letter-title">
        {text.title}
      </Typography.Title>
      <Typography.Title level={5}>{t('letter.noticePart')}</Typography.Title>
      <dl style={{ margin: 0 }}>
        {text.notice.map((row, i) => (
          <div key={`${row.label}-${i}`} style={{ marginBottom: 10 }}>
            <dt style={{ fontWeight: 600 }}>{row.label}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{row.text}</dd>
          </div>
        ))}
      </dl>
      <Typography.Title level={5}>{t('letter.pledgePart')}</Typography.Title>
      <ol style={{ paddingInlineStart: '1.6em', margin: 0 }} data-testid="letter-pledges">
        {text.pledge.map((p, i) => (
          <li key={i} style={{ marginBottom: 6, wordBreak: 'break-word' }}>
            {p}
          </li>
        ))}
      </ol>
      <Divider style={{ margin: '16px 0 8px' }} />
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: '0.85em', marginBottom: 0, wordBreak: 'break-word' }}
        data-testid="letter-pins"
      >
        {t('letter.pinTemplate')}：{text.pins.template}
        <br />
        {t('letter.pinList')}：{text.pins.listVersion}
        <br />
        {t('letter.pinBasis')}：{text.pins.legalBasis}
      </Typography.Paragraph>
    </article>
  );
}
