import { AuditOutlined, FileDoneOutlined, FileSearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { MessageKey } from '../../../../locales/zh-CN';
import { useT } from '../../../../app/prefs';

const CARDS: Array<{ icon: React.ReactNode; title: MessageKey; text: MessageKey }> = [
  { icon: <FileSearchOutlined />, title: 'home.card1Title', text: 'home.card1Text' },
  { icon: <FileDoneOutlined />, title: 'home.card2Title', text: 'home.card2Text' },
  { icon: <SafetyCertificateOutlined />, title: 'home.card3Title', text: 'home.card3Text' },
  { icon: <AuditOutlined />, title: 'home.card4Title', text: 'home.card4Text' },
];

/** 证明事项告知承诺制 in four plain-language cards for citizens. */
export function ExplainerCards() {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {CARDS.map((c) => (
        <Col xs={24} sm={12} lg={6} key={c.title}>
          <Card style={{ height: '100%' }}>
            <div className="pfc-card-icon" aria-hidden>
              {c.icon}
            </div>
            <Typography.Title level={3} style={{ fontSize: '1.15em', marginTop: 8 }}>
              {t(c.title)}
            </Typography.Title>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t(c.text)}</Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
