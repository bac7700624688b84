import { QuestionCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { DeadlineCalculator } from '../../../components/DeadlineCalculator';
import { ExampleChips } from '../search/components/ExampleChips';
import { ProofSearchBox } from '../search/components/ProofSearchBox';
import { useRegionChoice } from '../search/region';
import { ExplainerCards } from './components/ExplainerCards';
import { RegionDirectory } from './components/RegionDirectory';

/** Public home: the proof lookup first, then what the reform means, a deadline calculator and the regions served. */
export default function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const { region } = useRegionChoice();
  const search = (q: string) => navigate(`/search?${new URLSearchParams(region ? { q, region } : { q }).toString()}`);
  return (
    <main data-testid="home-page">
      <section className="pfc-hero">
        <div style={{ maxWidth: 1120, margin: '0 auto' }}>
          <Typography.Title level={1} style={{ marginTop: 0 }}>
            {t('home.title')}
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: '1.2em', marginBottom: 0 }}>{t('home.slogan')}</Typography.Paragraph>
          <Typography.Paragraph style={{ opacity: 0.9 }}>{t('home.intro')}</Typography.Paragraph>
          <div role="search" data-testid="home-search" style={{ maxWidth: 720, margin: '24px 0 16px' }}>
            <Typography.Title level={2} style={{ fontSize: '1.3em', marginTop: 0 }}>
              {t('home.searchTitle')}
            </Typography.Title>
            <Typography.Paragraph style={{ opacity: 0.9 }}>{t('home.searchHint')}</Typography.Paragraph>
            <ProofSearchBox region={region} onSubmit={search} />
            <div style={{ marginTop: 12 }}>
              <ExampleChips onPick={search} light />
            </div>
          </div>
          <Flex gap={12} wrap>
            <Link to="/lists" data-testid="home-lists-link">
              <Button icon={<UnorderedListOutlined />}>{t('home.toLists')}</Button>
            </Link>
            <Link to="/qa" data-testid="home-qa-link">
              <Button icon={<QuestionCircleOutlined />}>{t('menu.qa')}</Button>
            </Link>
          </Flex>
        </div>
      </section>
      <section className="pfc-section" aria-labelledby="explain-title">
        <Typography.Title level={2} id="explain-title" style={{ fontSize: '1.5em' }}>
          {t('home.explainTitle')}
        </Typography.Title>
        <ExplainerCards />
      </section>
      <section className="pfc-section">
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={<h2 style={{ margin: 0, fontSize: '1.15em' }}>{t('calc.title')}</h2>}>
              <Typography.Paragraph type="secondary">{t('calc.intro')}</Typography.Paragraph>
              <DeadlineCalculator />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={<h2 style={{ margin: 0, fontSize: '1.15em' }}>{t('home.regionsTitle')}</h2>}>
              <RegionDirectory />
            </Card>
          </Col>
        </Row>
      </section>
    </main>
  );
}
