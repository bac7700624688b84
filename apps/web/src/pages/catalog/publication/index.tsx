import { Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { RegionSelect } from '../../../components/RegionSelect';
import { AdoptionCard } from './components/AdoptionCard';
import { ImportPublished } from './components/ImportPublished';
import { ModerationList } from './components/ModerationList';
import { StageActions } from './components/StageActions';

const ROLES = ['leadership_office', 'policy_reviewer', 'admin'];

/** 审定与公布: the leadership office closes the consultation, approves and publishes; reviewers answer comments. */
export default function PublicationPage() {
  const t = useT();
  const { session, access } = useSession();
  const own = session?.grants.find((g) => ROLES.includes(g.role) && g.regionCode)?.regionCode ?? '370800';
  const [region, setRegion] = useState<string>(own);
  return (
    <>
      <PageHeader
        title={t('menu.catalogPublication')}
        description={t('pub.description')}
        extra={
          <RegionSelect
            value={region}
            onChange={(v) => v && setRegion(v)}
            style={{ minWidth: 220 }}
            data-testid="publication-region"
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            {access.canManageLists && (
              <Card title={t('pub.stages')}>
                <StageActions key={region} code={region} />
              </Card>
            )}
            {access.canManageLists && <AdoptionCard key={`adoption-${region}`} code={region} />}
            {access.canManageLists && <ImportPublished key={region} code={region} />}
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          {access.canModerateComments && <ModerationList key={region} code={region} />}
        </Col>
      </Row>
    </>
  );
}
