// All routes. Pages are lazy-loaded per feature so the first screen stays small; this file composes the features.
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShellLayout } from './app-shell-layout.js';
import { HomeRedirect, RequireAdmin, RequireUser } from './guards.js';
import { NotFoundPage } from '../shared/page-states.js';
import { PublicLayout } from './public-layout.js';

const SetupPage = lazy(() =>
  import('../features/setup/components/setup-page.js').then((m) => ({ default: m.SetupPage })),
);
const LoginPage = lazy(() =>
  import('../features/auth/components/login-page.js').then((m) => ({ default: m.LoginPage })),
);
const LogoutPage = lazy(() =>
  import('../features/auth/components/logout-page.js').then((m) => ({ default: m.LogoutPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/forgot-password-page.js').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/auth/components/reset-password-page.js').then((m) => ({ default: m.ResetPasswordPage })),
);
const EmailLinkRequestPage = lazy(() =>
  import('../features/auth/components/email-link-request-page.js').then((m) => ({ default: m.EmailLinkRequestPage })),
);
const EmailLinkLandingPage = lazy(() =>
  import('../features/auth/components/email-link-landing-page.js').then((m) => ({ default: m.EmailLinkLandingPage })),
);
const InvitationPage = lazy(() =>
  import('../features/auth/components/invitation-page.js').then((m) => ({ default: m.InvitationPage })),
);
const NeedsRoundAnswerPage = lazy(() =>
  import('../features/agenda/components/needs-round-answer-page.js').then((m) => ({ default: m.NeedsRoundAnswerPage })),
);
const PulseAnswerPage = lazy(() =>
  import('../features/steering/components/pulse-answer-page.js').then((m) => ({ default: m.PulseAnswerPage })),
);
const CandidatePortalPage = lazy(() =>
  import('../features/candidates/components/candidate-portal-page.js').then((m) => ({
    default: m.CandidatePortalPage,
  })),
);
const StartPage = lazy(() => import('./start-page.js').then((m) => ({ default: m.StartPage })));
const YearOverviewPage = lazy(() =>
  import('../features/steering/components/year-overview-page.js').then((m) => ({ default: m.YearOverviewPage })),
);
const PeoplePage = lazy(() =>
  import('../features/people/components/people-page.js').then((m) => ({ default: m.PeoplePage })),
);
const MembersPage = lazy(() => import('./organisation-route.js').then((m) => ({ default: m.MembersRoute })));
const OwnOrganisationPage = lazy(() =>
  import('./organisation-route.js').then((m) => ({ default: m.OwnOrganisationRoute })),
);
const OrganisationPage = lazy(() => import('./organisation-route.js').then((m) => ({ default: m.OrganisationRoute })));
const NewOrganisationPage = lazy(() =>
  import('../features/members/components/organisation-page.js').then((m) => ({ default: m.NewOrganisationPage })),
);
const PipelinePage = lazy(() =>
  import('../features/members/components/pipeline-page.js').then((m) => ({ default: m.PipelinePage })),
);
const ImportPage = lazy(() =>
  import('../features/members/components/import-page.js').then((m) => ({ default: m.ImportPage })),
);
const AgendaPage = lazy(() =>
  import('../features/agenda/components/agenda-page.js').then((m) => ({ default: m.AgendaPage })),
);
const NeedsPage = lazy(() =>
  import('../features/agenda/components/needs-page.js').then((m) => ({ default: m.NeedsPage })),
);
const NeedsRoundsPage = lazy(() =>
  import('../features/agenda/components/needs-rounds-page.js').then((m) => ({ default: m.NeedsRoundsPage })),
);
const ActivityPage = lazy(() =>
  import('../features/agenda/components/activity-page.js').then((m) => ({ default: m.ActivityPage })),
);
const CheckInPage = lazy(() =>
  import('../features/agenda/components/check-in-page.js').then((m) => ({ default: m.CheckInPage })),
);
const PublicAgendaPage = lazy(() =>
  import('../features/agenda/components/public-agenda-page.js').then((m) => ({ default: m.PublicAgendaPage })),
);
const CandidatesPage = lazy(() =>
  import('../features/candidates/components/candidates-page.js').then((m) => ({ default: m.CandidatesPage })),
);
const CandidateFormPage = lazy(() =>
  import('../features/candidates/components/candidate-form-page.js').then((m) => ({ default: m.CandidateFormPage })),
);
const CandidateDetailPage = lazy(() =>
  import('../features/candidates/components/candidate-detail-page.js').then((m) => ({
    default: m.CandidateDetailPage,
  })),
);
const OpportunityMatchesPage = lazy(() =>
  import('../features/candidates/components/opportunity-matches-page.js').then((m) => ({
    default: m.OpportunityMatchesPage,
  })),
);
const loadSteeringPage = () => import('../features/steering/components/steering-page.js');
// With the funder's released financial statements beside the reports (steering-route.tsx composes the two features).
const SteeringPage = lazy(() => import('./steering-route.js').then((m) => ({ default: m.SteeringRoute })));
// Opening the steering dashboard directly: ask for its data and its chunk while the session is checked, instead of after
// it — the dashboard must show its data within a second.
const steeringAddress = /^\/n\/([^/]+)\/sturing\/?$/.exec(window.location.pathname);
if (steeringAddress?.[1]) {
  const networkId = decodeURIComponent(steeringAddress[1]);
  void import('../features/steering/prefetch.js').then((m) => m.prefetchDashboard(networkId));
  void loadSteeringPage();
}
const DesignPage = lazy(() =>
  import('../features/design/components/design-page.js').then((m) => ({ default: m.DesignPage })),
);
const OwnBodiesPage = lazy(() =>
  import('../features/governance/components/own-body-page.js').then((m) => ({ default: m.OwnBodiesPage })),
);
const OwnBodyPage = lazy(() =>
  import('../features/governance/components/own-body-page.js').then((m) => ({ default: m.OwnBodyPage })),
);
const GovernancePage = lazy(() =>
  import('../features/governance/components/governance-page.js').then((m) => ({ default: m.GovernancePage })),
);
const NetworkLifePage = lazy(() =>
  import('../features/network-life/components/network-life-page.js').then((m) => ({ default: m.NetworkLifePage })),
);
const OutboxListPage = lazy(() =>
  import('../features/admin/components/outbox-list-page.js').then((m) => ({ default: m.OutboxListPage })),
);
const OutboxDetailPage = lazy(() =>
  import('../features/admin/components/outbox-detail-page.js').then((m) => ({ default: m.OutboxDetailPage })),
);
const ComparisonPage = lazy(() =>
  import('../features/steering/components/comparison-page.js').then((m) => ({ default: m.ComparisonPage })),
);
const AdvisorSettingsPage = lazy(() =>
  import('../features/admin/components/advisor-settings-page.js').then((m) => ({ default: m.AdvisorSettingsPage })),
);
const NetworksAdminPage = lazy(() =>
  import('../features/admin/components/networks-admin-page.js').then((m) => ({ default: m.NetworksAdminPage })),
);

const MyActionsPage = lazy(() =>
  import('../features/interactions/components/my-actions-page.js').then((m) => ({ default: m.MyActionsPage })),
);
const LibraryPage = lazy(() =>
  import('../features/documents/components/library-page.js').then((m) => ({ default: m.LibraryPage })),
);
const AdvicePage = lazy(() =>
  import('../features/advice/components/advice-page.js').then((m) => ({ default: m.AdvicePage })),
);
const BudgetPage = lazy(() =>
  import('../features/budget/components/budget-page.js').then((m) => ({ default: m.BudgetPage })),
);
const InvoicesPage = lazy(() =>
  import('../features/invoices/components/invoices-page.js').then((m) => ({ default: m.InvoicesPage })),
);
const PartnersPage = lazy(() =>
  import('../features/partners/components/partners-page.js').then((m) => ({ default: m.PartnersPage })),
);
const MailingsPage = lazy(() =>
  import('../features/mailings/components/mailings-page.js').then((m) => ({ default: m.MailingsPage })),
);
const MailLinkPage = lazy(() =>
  import('../features/mailings/components/mail-link-page.js').then((m) => ({ default: m.MailLinkPage })),
);

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="setup" element={<SetupPage />} />
          <Route path="inloggen" element={<LoginPage />} />
          <Route path="inloggen/link" element={<EmailLinkLandingPage />} />
          <Route path="inloggen/e-mail" element={<EmailLinkRequestPage />} />
          <Route path="uitloggen" element={<LogoutPage />} />
          <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
          <Route path="uitnodiging/:token" element={<InvitationPage />} />
          <Route path="afmelden/:token" element={<MailLinkPage mode="unsubscribe" />} />
          <Route path="aanmelden/:token" element={<MailLinkPage mode="register" />} />
          <Route path="peiling/:token" element={<PulseAnswerPage />} />
          <Route path="behoeftepeiling/:token" element={<NeedsRoundAnswerPage />} />
          <Route path="mijn-gegevens/:token" element={<CandidatePortalPage />} />
          <Route path="openbaar/agenda/:slug" element={<PublicAgendaPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<RequireUser />}>
          <Route element={<AppShellLayout />}>
            <Route path="n/:networkId" element={<StartPage />} />
            <Route path="n/:networkId/dit-jaar" element={<YearOverviewPage />} />
            <Route path="n/:networkId/mensen" element={<PeoplePage />} />
            <Route path="n/:networkId/netwerk" element={<NetworkLifePage />} />
            <Route path="n/:networkId/inrichting" element={<DesignPage />} />
            <Route path="n/:networkId/inrichting/organisatie" element={<GovernancePage />} />
            <Route path="n/:networkId/mijn-groep" element={<OwnBodiesPage />} />
            <Route path="n/:networkId/mijn-groep/:bodyId" element={<OwnBodyPage />} />
            <Route path="n/:networkId/sturing" element={<SteeringPage />} />
            <Route path="n/:networkId/begroting" element={<BudgetPage />} />
            <Route path="n/:networkId/facturen" element={<InvoicesPage />} />
            <Route path="n/:networkId/leden" element={<MembersPage />} />
            <Route path="n/:networkId/mijn-organisatie" element={<OwnOrganisationPage />} />
            <Route path="n/:networkId/leden/import" element={<ImportPage />} />
            <Route path="n/:networkId/leden/nieuw" element={<NewOrganisationPage />} />
            <Route path="n/:networkId/leden/lidmaatschappen" element={<PipelinePage />} />
            <Route path="n/:networkId/leden/:organisationId" element={<OrganisationPage />} />
            <Route path="n/:networkId/agenda" element={<AgendaPage />} />
            <Route path="n/:networkId/agenda/:activityId" element={<ActivityPage />} />
            <Route path="n/:networkId/agenda/:activityId/aanwezigheid" element={<CheckInPage />} />
            <Route path="n/:networkId/behoeften" element={<NeedsPage />} />
            <Route path="n/:networkId/behoeften/peilingen" element={<NeedsRoundsPage />} />
            <Route path="n/:networkId/kandidaten" element={<CandidatesPage />} />
            <Route path="n/:networkId/samenwerken" element={<PartnersPage />} />
            <Route path="n/:networkId/mijn-acties" element={<MyActionsPage />} />
            <Route path="n/:networkId/kennisbank" element={<LibraryPage />} />
            <Route path="n/:networkId/advies" element={<AdvicePage />} />
            <Route path="n/:networkId/mailings" element={<MailingsPage />} />
            <Route path="n/:networkId/kandidaten/nieuw" element={<CandidateFormPage />} />
            <Route path="n/:networkId/kandidaten/werkplekken/:opportunityId" element={<OpportunityMatchesPage />} />
            <Route path="n/:networkId/kandidaten/:candidateId" element={<CandidateDetailPage />} />
            <Route element={<RequireAdmin />}>
              <Route path="beheer/outbox" element={<OutboxListPage />} />
              <Route path="beheer/outbox/:id" element={<OutboxDetailPage />} />
              <Route path="beheer/netwerken" element={<NetworksAdminPage />} />
              <Route path="beheer/vergelijking" element={<ComparisonPage />} />
              <Route path="beheer/adviseur" element={<AdvisorSettingsPage />} />
            </Route>
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
