import { Space, Typography } from 'antd';
import { useT } from '../../../app/prefs';
import { useSession } from '../../../app/session';
import { ApplicantProfile } from '../../account/profile/components/ApplicantProfile';
import { AdminDashboard } from './components/AdminDashboard';
import { OverdueCard } from './components/OverdueCard';
import { StaffProfile } from './components/StaffProfile';

/** 工作台: what needs attention for the signed-in user. */
export default function WorkbenchPage() {
  const t = useT();
  const { session, access } = useSession();
  if (!session) return null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="workbench">
      <Typography.Title level={3} className="pfc-page-title">
        {t('workbench.greeting', { name: session.user.displayName })}
      </Typography.Title>
      {access.isAdmin && <AdminDashboard />}
      {access.canSeeCatalog && <OverdueCard />}
      {access.isStaff && <StaffProfile session={session} />}
      {access.isApplicant && <ApplicantProfile />}
    </Space>
  );
}
