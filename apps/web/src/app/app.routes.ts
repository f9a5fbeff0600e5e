import { inject } from '@angular/core';
import { Route, Router } from '@angular/router';
import { signedInGuard } from '@cg/web/data-access/shell';
import { ADMIN_SCREEN, FUNDER_PORTFOLIO_SCREEN, HOME_SCREEN, IMPORTS_SCREEN, NEEDS_SCREEN, NETWORK_MAP_SCREEN, ORGANISATIONS_SCREEN, OUTCOMES_SCREEN, PARTNERSHIPS_SCREEN, PEOPLE_SCREEN, PLACES_SCREEN, PLACE_MAP_SCREEN, PROJECTS_SCREEN, UPCOMING_SCREENS } from './screens';

// Every page is lazy-loaded, so the first download holds only the shell.
// `title` feeds PageTitleStrategy; `data` feeds the page's inputs.
export const appRoutes: Route[] = [
  {
    // Records are for signed-in users only; everyone else is sent to sign in first.
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      {
        path: HOME_SCREEN.path,
        pathMatch: 'full',
        title: HOME_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/home').then((m) => m.HomePage),
      },
      {
        path: ORGANISATIONS_SCREEN.path,
        pathMatch: 'full',
        title: ORGANISATIONS_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/organisations').then((m) => m.OrganisationDirectoryPage),
      },
      {
        path: `${ORGANISATIONS_SCREEN.path}/new`,
        title: 'New organisation',
        loadComponent: () => import('@cg/web/feature/organisations').then((m) => m.OrganisationCreatePage),
      },
      {
        path: `${ORGANISATIONS_SCREEN.path}/:id`,
        title: 'Organisation',
        loadComponent: () => import('@cg/web/feature/organisations').then((m) => m.OrganisationProfilePage),
      },
      {
        path: PEOPLE_SCREEN.path,
        pathMatch: 'full',
        title: PEOPLE_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/people').then((m) => m.PersonListPage),
      },
      {
        path: `${PEOPLE_SCREEN.path}/new`,
        title: 'Add a person',
        loadComponent: () => import('@cg/web/feature/people').then((m) => m.PersonCreatePage),
      },
      {
        path: `${PEOPLE_SCREEN.path}/:id`,
        title: 'Person',
        loadComponent: () => import('@cg/web/feature/people').then((m) => m.PersonPage),
      },
      {
        path: PARTNERSHIPS_SCREEN.path,
        pathMatch: 'full',
        title: PARTNERSHIPS_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/partnerships').then((m) => m.PartnershipListPage),
      },
      {
        path: `${PARTNERSHIPS_SCREEN.path}/new`,
        title: 'New partnership',
        loadComponent: () => import('@cg/web/feature/partnerships').then((m) => m.PartnershipCreatePage),
      },
      {
        path: `${PARTNERSHIPS_SCREEN.path}/:id`,
        title: 'Partnership',
        loadComponent: () => import('@cg/web/feature/partnerships').then((m) => m.PartnershipPage),
      },
      {
        path: PROJECTS_SCREEN.path,
        pathMatch: 'full',
        title: PROJECTS_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/projects').then((m) => m.ProjectListPage),
      },
      {
        path: `${PROJECTS_SCREEN.path}/new`,
        title: 'New project',
        loadComponent: () => import('@cg/web/feature/projects').then((m) => m.ProjectCreatePage),
      },
      {
        path: `${PROJECTS_SCREEN.path}/:id`,
        title: 'Project',
        loadComponent: () => import('@cg/web/feature/projects').then((m) => m.ProjectPage),
      },
      {
        path: NETWORK_MAP_SCREEN.path,
        pathMatch: 'full',
        title: NETWORK_MAP_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/network-map').then((m) => m.NetworkMapPage),
      },
      {
        path: `${NETWORK_MAP_SCREEN.path}/ratings`,
        title: 'Rate your partners',
        loadComponent: () => import('@cg/web/feature/network-map').then((m) => m.PartnerRatingsPage),
      },
      {
        path: OUTCOMES_SCREEN.path,
        pathMatch: 'full',
        title: OUTCOMES_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/outcomes').then((m) => m.OutcomeListPage),
      },
      {
        path: `${OUTCOMES_SCREEN.path}/new`,
        title: 'New outcome',
        loadComponent: () => import('@cg/web/feature/outcomes').then((m) => m.OutcomeCreatePage),
      },
      {
        path: NEEDS_SCREEN.path,
        pathMatch: 'full',
        title: NEEDS_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/needs').then((m) => m.NeedsBoardPage),
      },
      {
        path: `${NEEDS_SCREEN.path}/new`,
        title: 'Raise a need',
        loadComponent: () => import('@cg/web/feature/needs').then((m) => m.NeedFormPage),
      },
      {
        path: `${NEEDS_SCREEN.path}/:id/edit`,
        title: 'Edit need',
        loadComponent: () => import('@cg/web/feature/needs').then((m) => m.NeedFormPage),
      },
      {
        path: `${OUTCOMES_SCREEN.path}/:id`,
        title: 'Outcome',
        loadComponent: () => import('@cg/web/feature/outcomes').then((m) => m.OutcomePage),
      },
      {
        path: PLACES_SCREEN.path,
        pathMatch: 'full',
        title: PLACES_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/places').then((m) => m.PlaceListPage),
      },
      {
        path: `${PLACES_SCREEN.path}/new`,
        title: 'New place',
        loadComponent: () => import('@cg/web/feature/places').then((m) => m.PlaceCreatePage),
      },
      {
        path: `${PLACES_SCREEN.path}/:id`,
        title: 'Place',
        loadComponent: () => import('@cg/web/feature/places').then((m) => m.PlacePage),
      },
      {
        path: FUNDER_PORTFOLIO_SCREEN.path,
        pathMatch: 'full',
        title: FUNDER_PORTFOLIO_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/funder-portfolio').then((m) => m.FunderPortfolioPage),
      },
      {
        path: PLACE_MAP_SCREEN.path,
        pathMatch: 'full',
        title: PLACE_MAP_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/places').then((m) => m.PlaceMapPage),
      },
      {
        // Non-admins get a plain explanation on the page itself rather than a redirect.
        path: ADMIN_SCREEN.path,
        pathMatch: 'full',
        title: ADMIN_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/admin').then((m) => m.AdminUsersPage),
      },
      {
        path: `${ADMIN_SCREEN.path}/audit-log`,
        title: 'Audit log',
        loadComponent: () => import('@cg/web/feature/admin').then((m) => m.AuditLogPage),
      },
      {
        // Non-admins get a sentence on the page saying imports are for instance admins.
        path: IMPORTS_SCREEN.path,
        pathMatch: 'full',
        title: IMPORTS_SCREEN.label,
        loadComponent: () => import('@cg/web/feature/imports').then((m) => m.ImportsPage),
      },
      ...UPCOMING_SCREENS.map(
        (screen): Route => ({
          path: screen.path,
          title: screen.label,
          data: { heading: screen.label, summary: screen.summary },
          loadComponent: () => import('@cg/web/feature/coming-soon').then((m) => m.ComingSoonPage),
        }),
      ),
    ],
  },
  {
    path: 'sign-in',
    title: 'Sign in',
    loadComponent: () => import('@cg/web/feature/auth').then((m) => m.SignInPage),
  },
  {
    // The link in an invitation email; the person may not have an account yet.
    path: 'invitations/accept',
    title: 'Accept your invitation',
    loadComponent: () => import('@cg/web/feature/auth').then((m) => m.AcceptInvitationPage),
  },
  {
    // The API's mailer links here; keep both addresses working.
    path: 'accept-invitation',
    redirectTo: ({ queryParams }) => inject(Router).createUrlTree(['/invitations/accept'], { queryParams }),
  },
  {
    // Without ?token=, asks for a reset link; with the emailed token, sets the new password.
    path: 'reset-password',
    title: 'Reset your password',
    loadComponent: () => import('@cg/web/feature/auth').then((m) => m.ResetPasswordPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
