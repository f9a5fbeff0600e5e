/** A top-level screen: one navigation link and one route. */
export interface Screen {
  /** Route path and link target; '' is the home page. */
  readonly path: string;
  /** Navigation label, page heading and page title. */
  readonly label: string;
  /** Only for people who administer an organisation or the instance; hidden from everyone else's navigation. */
  readonly adminOnly?: boolean;
}

/** A screen still to be built: its page says so and what it will do. */
export interface UpcomingScreen extends Screen {
  /** One sentence, in British English, on what the screen will do. */
  readonly summary: string;
}

export const HOME_SCREEN: Screen = { path: '', label: 'Home' };

/** The organisation directory; each organisation's profile lives below it at `organisations/:id`. */
export const ORGANISATIONS_SCREEN: Screen = { path: 'organisations', label: 'Organisations' };

/** The coalition map; the partner ratings form lives below it at `network-map/ratings`. */
export const NETWORK_MAP_SCREEN: Screen = { path: 'network-map', label: 'Network map' };

/** People (contacts); each person's page lives below it at `people/:id`, and `people/new` adds one. */
export const PEOPLE_SCREEN: Screen = { path: 'people', label: 'People' };

/** Partnerships; each partnership's page lives below it at `partnerships/:id`. */
export const PARTNERSHIPS_SCREEN: Screen = { path: 'partnerships', label: 'Partnerships' };

/** Joint projects; each project's page and activity log lives below it at `projects/:id`. */
export const PROJECTS_SCREEN: Screen = { path: 'projects', label: 'Projects' };

/** The outcomes tracker; each outcome's charts and stories live below it at `outcomes/:id`. */
export const OUTCOMES_SCREEN: Screen = { path: 'outcomes', label: 'Outcomes' };

/** The needs board: needs raised in a place, and the projects and outcomes answering them; `needs/new` raises one. */
export const NEEDS_SCREEN: Screen = { path: 'needs', label: 'Needs' };

/** Places: ONS geography and community-defined places; each place lives below it at `places/:id`, `places/new` adds one. */
export const PLACES_SCREEN: Screen = { path: 'places', label: 'Places' };

/** What a funder's organisation funds: by year, place and deprivation, commitments ahead and co-funders. */
export const FUNDER_PORTFOLIO_SCREEN: Screen = { path: 'funder-portfolio', label: 'Funder portfolio' };
/** The place map: local authorities shaded by deprivation, with partnerships and projects on top. */
export const PLACE_MAP_SCREEN: Screen = { path: 'place-map', label: 'Place map' };

/** Official place data for instance admins, step by step with progress and reports; exports come with the data exchange. */
export const IMPORTS_SCREEN: Screen = { path: 'imports-and-exports', label: 'Imports and exports' };

/** Users, invitations and the audit log; the audit log lives below it at `admin/audit-log`. */
export const ADMIN_SCREEN: Screen = { path: 'admin', label: 'Admin', adminOnly: true };

/** Built screens after home, in navigation order. */
export const BUILT_SCREENS: readonly Screen[] = [ORGANISATIONS_SCREEN, PEOPLE_SCREEN, PARTNERSHIPS_SCREEN, PROJECTS_SCREEN, OUTCOMES_SCREEN, NEEDS_SCREEN, PLACES_SCREEN, PLACE_MAP_SCREEN, NETWORK_MAP_SCREEN, FUNDER_PORTFOLIO_SCREEN, IMPORTS_SCREEN, ADMIN_SCREEN];

/** The screens of docs/domain.md#screens not built yet, in navigation order. */
export const UPCOMING_SCREENS: readonly UpcomingScreen[] = [];

/** Every screen in the main navigation, home first. */
export const NAVIGATION: readonly Screen[] = [HOME_SCREEN, ...BUILT_SCREENS, ...UPCOMING_SCREENS];
