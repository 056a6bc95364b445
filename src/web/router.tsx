import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { PublicLayout } from './components/PublicLayout.tsx';
import { FramedRouteError, NotFoundPage, PageLoader, RootLayout, RouteError } from './components/RootLayout.tsx';
import { redirectIfSignedIn, requireFullSession, requireStage } from './guards.ts';
import { validateInvestigationPageSearch } from './routes/investigations/investigation-tabs.ts';
import { validateInvestigationsSearch } from './routes/investigations/investigations-search.ts';
import { validateQueueSearch } from './routes/reports/queue-search.ts';
import { SignInPage } from './routes/sign-in/SignInPage.tsx';
import { validateSupportSearch } from './routes/support/support-search.ts';
import { validateSupportCaseSearch } from './routes/support/support-tabs.ts';
import { validateFiguresSearch, validateUrlsSearch } from './routes/urls/urls-search.ts';

type RouterContext = { queryClient: QueryClient };

// Code-based route tree (no codegen). Pages other than sign-in load on demand,
// so the first page a phone downloads stays small.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
  errorComponent: FramedRouteError,
});

const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  beforeLoad: ({ context }) => redirectIfSignedIn(context.queryClient),
  component: SignInPage,
});

const mfaRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in/code',
  beforeLoad: ({ context }) => requireStage(context.queryClient, 'mfa'),
  component: lazyRouteComponent(() => import('./routes/sign-in/MfaCodePage.tsx'), 'MfaCodePage'),
});

const passwordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in/password',
  beforeLoad: ({ context }) => requireStage(context.queryClient, 'password_change'),
  component: lazyRouteComponent(() => import('./routes/sign-in/NewPasswordPage.tsx'), 'NewPasswordPage'),
});

const enrolRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in/authenticator',
  beforeLoad: ({ context }) =>
    requireStage(context.queryClient, 'enrol', (me) => me.stage === 'full' && !me.user.totpEnabled),
  component: lazyRouteComponent(() => import('./routes/sign-in/EnrolPage.tsx'), 'EnrolPage'),
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ context }) => requireFullSession(context.queryClient),
  component: AppLayout,
  errorComponent: FramedRouteError,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/HomePage.tsx'), 'HomePage'),
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('./routes/profile/ProfilePage.tsx'), 'ProfilePage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('./routes/admin/UsersPage.tsx'), 'UsersPage'),
});

const officesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/offices',
  component: lazyRouteComponent(() => import('./routes/admin/OfficesPage.tsx'), 'OfficesPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('./routes/audit/AuditPage.tsx'), 'AuditPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: validateQueueSearch,
  component: lazyRouteComponent(() => import('./routes/reports/QueuePage.tsx'), 'QueuePage'),
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$id',
  component: lazyRouteComponent(() => import('./routes/reports/ReportPage.tsx'), 'ReportPage'),
});

const callsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls',
  component: lazyRouteComponent(() => import('./routes/calls/CallsPage.tsx'), 'CallsPage'),
});

const manualReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls/manual',
  component: lazyRouteComponent(() => import('./routes/calls/ManualReportPage.tsx'), 'ManualReportPage'),
});

const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  component: lazyRouteComponent(() => import('./routes/partners/PartnersPage.tsx'), 'PartnersPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/settings',
  component: lazyRouteComponent(() => import('./routes/admin/SettingsPage.tsx'), 'SettingsPage'),
});

const retentionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/retention',
  component: lazyRouteComponent(() => import('./routes/admin/RetentionPage.tsx'), 'RetentionPage'),
});

const urlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/urls',
  validateSearch: validateUrlsSearch,
  component: lazyRouteComponent(() => import('./routes/urls/UrlsPage.tsx'), 'UrlsPage'),
});
const urlFiguresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/urls/figures',
  validateSearch: validateFiguresSearch,
  component: lazyRouteComponent(() => import('./routes/urls/FiguresPage.tsx'), 'FiguresPage'),
});
const urlRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/urls/$hash',
  component: lazyRouteComponent(() => import('./routes/urls/UrlPage.tsx'), 'UrlPage'),
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  component: lazyRouteComponent(() => import('./routes/imports/ImportsPage.tsx'), 'ImportsPage'),
});

// Names never go into these pages' addresses: the search query stays in component state.
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('./routes/people/PeoplePage.tsx'), 'PeoplePage'),
});
const duplicatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/duplicates',
  component: lazyRouteComponent(() => import('./routes/people/DuplicatesPage.tsx'), 'DuplicatesPage'),
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$id',
  component: lazyRouteComponent(() => import('./routes/people/PersonPage.tsx'), 'PersonPage'),
});

const investigationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/investigations',
  validateSearch: validateInvestigationsSearch,
  component: lazyRouteComponent(() => import('./routes/investigations/InvestigationsPage.tsx'), 'InvestigationsPage'),
});
const investigationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/investigations/$id',
  validateSearch: validateInvestigationPageSearch,
  component: lazyRouteComponent(() => import('./routes/investigations/InvestigationPage.tsx'), 'InvestigationPage'),
});

const supportCasesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support',
  validateSearch: validateSupportSearch,
  component: lazyRouteComponent(() => import('./routes/support/SupportCasesPage.tsx'), 'SupportCasesPage'),
});
const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners/$id',
  component: lazyRouteComponent(() => import('./routes/partners/PartnerPage.tsx'), 'PartnerPage'),
});
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support/referrals',
  component: lazyRouteComponent(() => import('./routes/support/ReferralsPage.tsx'), 'ReferralsPage'),
});
const supportCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support/$id',
  validateSearch: validateSupportCaseSearch,
  component: lazyRouteComponent(() => import('./routes/support/SupportCasePage.tsx'), 'SupportCasePage'),
});

const courtCasesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/court',
  component: lazyRouteComponent(() => import('./routes/court/CourtCasesPage.tsx'), 'CourtCasesPage'),
});
const courtCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/court/$id',
  component: lazyRouteComponent(() => import('./routes/court/CourtCasePage.tsx'), 'CourtCasePage'),
});
const courtHearingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/court/hearings',
  component: lazyRouteComponent(() => import('./routes/court/HearingsPage.tsx'), 'HearingsPage'),
});
const courtChargesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/court/charges',
  component: lazyRouteComponent(() => import('./routes/court/ChargesPage.tsx'), 'ChargesPage'),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicators',
  component: lazyRouteComponent(() => import('./routes/indicators/IndicatorsPage.tsx'), 'IndicatorsPage'),
});
const indicatorsAdminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/indicators',
  component: lazyRouteComponent(() => import('./routes/indicators/StandardsAdminPage.tsx'), 'StandardsAdminPage'),
});

const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/events',
  component: lazyRouteComponent(() => import('./routes/events/EventsPage.tsx'), 'EventsPage'),
});
const researchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/research',
  component: lazyRouteComponent(() => import('./routes/research/ResearchPage.tsx'), 'ResearchPage'),
});
const annualReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/annual-report',
  component: lazyRouteComponent(() => import('./routes/annual/AnnualReportPage.tsx'), 'AnnualReportPage'),
});

const accessReviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/access-reviews',
  component: lazyRouteComponent(() => import('./routes/access/AccessReviewsPage.tsx'), 'AccessReviewsPage'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, mfaRoute, passwordRoute, enrolRoute]),
  appRoute.addChildren([
    homeRoute,
    profileRoute,
    usersRoute,
    officesRoute,
    auditRoute,
    accessReviewsRoute,
    eventsRoute,
    researchRoute,
    annualReportRoute,
    reportsRoute,
    reportRoute,
    investigationsRoute,
    investigationRoute,
    callsRoute,
    manualReportRoute,
    partnersRoute,
    settingsRoute,
    retentionRoute,
    urlsRoute,
    urlFiguresRoute,
    urlRoute,
    importsRoute,
    peopleRoute,
    duplicatesRoute,
    personRoute,
    supportCasesRoute,
    supportCaseRoute,
    partnerRoute,
    referralsRoute,
    courtCasesRoute,
    courtCaseRoute,
    courtHearingsRoute,
    courtChargesRoute,
    indicatorsRoute,
    indicatorsAdminRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // The guards read /api/me through the query cache; the router need not cache loaders too.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: PageLoader,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
