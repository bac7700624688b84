import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFound, RequireAccess, RequireAuth } from './guards';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';

const HomePage = lazy(() => import('../pages/public/home'));
const LoginPage = lazy(() => import('../pages/auth/login'));
const PublicListsPage = lazy(() => import('../pages/public/lists'));
const ConsultationPage = lazy(() => import('../pages/public/consultation'));
const WorkbenchPage = lazy(() => import('../pages/workbench/home'));
const MyProfilePage = lazy(() => import('../pages/account/profile'));
const PasswordPage = lazy(() => import('../pages/account/password'));
const SecondFactorPage = lazy(() => import('../pages/account/second-factor'));
const RegionsPage = lazy(() => import('../pages/org/regions'));
const UnitsPage = lazy(() => import('../pages/org/units'));
const StaffPage = lazy(() => import('../pages/org/staff'));
const ApplicantsPage = lazy(() => import('../pages/org/applicants'));
const CalendarPage = lazy(() => import('../pages/calendar/manage'));
const AuditPage = lazy(() => import('../pages/audit/events'));
const ServiceItemsPage = lazy(() => import('../pages/catalog/items'));
const EntriesPage = lazy(() => import('../pages/catalog/entries'));
const EntryPage = lazy(() => import('../pages/catalog/entry'));
const QueuePage = lazy(() => import('../pages/catalog/queue'));
const PublicationPage = lazy(() => import('../pages/catalog/publication'));
const AdjustmentsPage = lazy(() => import('../pages/catalog/adjustments'));
const SearchPage = lazy(() => import('../pages/public/search'));
const ProofPage = lazy(() => import('../pages/public/proof'));
const QaPage = lazy(() => import('../pages/public/qa'));
const SynonymsPage = lazy(() => import('../pages/search/synonyms'));
const ApplyPage = lazy(() => import('../pages/applications/apply'));
const ApplicationsPage = lazy(() => import('../pages/applications/list'));
const ApplicationPage = lazy(() => import('../pages/applications/detail'));
const LetterVerifyPage = lazy(() => import('../pages/public/letter'));
const CommitmentsPage = lazy(() => import('../pages/public/commitments'));
const CreditPage = lazy(() => import('../pages/credit/status'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="lists" element={<PublicListsPage />} />
        <Route path="consultation/:code" element={<ConsultationPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="proofs/:id" element={<ProofPage />} />
        <Route path="qa" element={<QaPage />} />
        <Route path="letters/verify" element={<LetterVerifyPage />} />
        <Route path="letters/:number" element={<LetterVerifyPage />} />
        <Route path="commitments" element={<CommitmentsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route path="workbench" element={<WorkbenchPage />} />
          <Route
            path="me"
            element={
              <RequireAccess allow={(a) => a.isApplicant}>
                <MyProfilePage />
              </RequireAccess>
            }
          />
          <Route path="account/password" element={<PasswordPage />} />
          <Route
            path="account/second-factor"
            element={
              <RequireAccess allow={(a) => a.isStaff}>
                <SecondFactorPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/regions"
            element={
              <RequireAccess allow={(a) => a.isAdmin}>
                <RegionsPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/units"
            element={
              <RequireAccess allow={(a) => a.isAdmin}>
                <UnitsPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/staff"
            element={
              <RequireAccess allow={(a) => a.isAdmin}>
                <StaffPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/applicants"
            element={
              <RequireAccess allow={(a) => a.canRegisterApplicants}>
                <ApplicantsPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/calendar"
            element={
              <RequireAccess allow={(a) => a.isAdmin}>
                <CalendarPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/synonyms"
            element={
              <RequireAccess allow={(a) => a.isAdmin}>
                <SynonymsPage />
              </RequireAccess>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireAccess allow={(a) => a.isPlatformAdmin}>
                <AuditPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/items"
            element={
              <RequireAccess allow={(a) => a.canSeeCatalog}>
                <ServiceItemsPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/entries"
            element={
              <RequireAccess allow={(a) => a.canSeeCatalog}>
                <EntriesPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/entries/new"
            element={
              <RequireAccess allow={(a) => a.canEditCatalog}>
                <EntryPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/entries/:id"
            element={
              <RequireAccess allow={(a) => a.canSeeCatalog}>
                <EntryPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/queue"
            element={
              <RequireAccess allow={(a) => a.canReviewCatalog}>
                <QueuePage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/publication"
            element={
              <RequireAccess allow={(a) => a.canManageLists || a.canModerateComments}>
                <PublicationPage />
              </RequireAccess>
            }
          />
          <Route
            path="catalog/adjustments"
            element={
              <RequireAccess allow={(a) => a.canSeeAdjustments}>
                <AdjustmentsPage />
              </RequireAccess>
            }
          />
          <Route
            path="apply"
            element={
              <RequireAccess allow={(a) => a.canApply}>
                <ApplyPage />
              </RequireAccess>
            }
          />
          <Route
            path="applications"
            element={
              <RequireAccess allow={(a) => a.canApply}>
                <ApplicationsPage />
              </RequireAccess>
            }
          />
          <Route
            path="applications/:id"
            element={
              <RequireAccess allow={(a) => a.canApply}>
                <ApplicationPage />
              </RequireAccess>
            }
          />
          <Route
            path="credit"
            element={
              <RequireAccess allow={(a) => a.canManageCredit}>
                <CreditPage />
              </RequireAccess>
            }
          />
        </Route>
      </Route>
    </Routes>
  );
}
