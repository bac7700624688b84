import { ApplicantProfile } from './components/ApplicantProfile';

/** 我的资料 (applicants). */
export default function MyProfilePage() {
  return <ApplicantProfile />;
}
