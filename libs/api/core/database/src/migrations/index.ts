// Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list.
import { Foundation1763900000000 } from './1763900000000-foundation';
import { CoreRecords1795438724233 } from './1795438724233-core-records';
import { OrganisationTies1795439010247 } from './1795439010247-organisation-ties';
import { Accounts1795440109676 } from './1795440109676-accounts';
import { ResetsAndInvitations1795440680136 } from './1795440680136-resets-and-invitations';
import { AuditOwner1795442583417 } from './1795442583417-audit-owner';
import { RowLevelSecurity1795450000000 } from './1795450000000-row-level-security';
import { TrustBoundary1795455000000 } from './1795455000000-trust-boundary';
import { WriteGate1795460000000 } from './1795460000000-write-gate';
import { PlaceData1795470000000 } from './1795470000000-place-data';
import { PlaceHexLayout1795490000000 } from './1795490000000-place-hex-layout';
import { IndexedReadsUnderRls1796000000000 } from './1796000000000-indexed-reads-under-rls';
import { CsvImports1796603984221 } from './1796603984221-csv-imports';
import { CombinedAuthorities1796603990507 } from './1796603990507-combined-authorities';
import { GrantsExchange1796604115353 } from './1796604115353-grants-exchange';
import { PlaceAnalyticsIndexes1796606310482 } from './1796606310482-place-analytics-indexes';
import { NetworkChangeLog1796610000000 } from './1796610000000-network-change-log';
import { NetworkSubgraphTieIds1796610000001 } from './1796610000001-network-subgraph-tie-ids';
import { PartnerSuggestions1796615477424 } from './1796615477424-partner-suggestions';
import { SurveyRounds1796615564572 } from './1796615564572-survey-rounds';
import { CurrentMembershipTies1796617678564 } from './1796617678564-current-membership-ties';
import { SurveyRoundNetworkChange1796620000000 } from './1796620000000-survey-round-network-change';
import { AccessChangeNotify1796626524325 } from './1796626524325-access-change-notify';
import { PlaceCandidatesAndTallies1796630000000 } from './1796630000000-place-candidates-and-tallies';
import { LeakproofNameOrder1796638082325 } from './1796638082325-leakproof-name-order';
import { NetworkSubgraphTiePositions1796638370345 } from './1796638370345-network-subgraph-tie-positions';
import { PlaceReach1796639235906 } from './1796639235906-place-reach';
import { SerialPlaceCandidates1796639688802 } from './1796639688802-serial-place-candidates';
import { NetworkTieSource1796643520712 } from './1796643520712-network-tie-source';
import { PlaceOrganisation1796649399122 } from './1796649399122-place-organisation';
import { TiePairingOneIndexPass1796649850703 } from './1796649850703-tie-pairing-one-index-pass';
import { AnalyticsChangeLog1796659988912 } from './1796659988912-analytics-change-log';
import { TieWeights1796660057862 } from './1796660057862-tie-weights';
import { PlaceOrganisationThemes1796660163925 } from './1796660163925-place-organisation-themes';
import { PlaceOrganisationBudget1796662688683 } from './1796662688683-place-organisation-budget';

export const migrations = [
  Foundation1763900000000,
  CoreRecords1795438724233,
  OrganisationTies1795439010247,
  Accounts1795440109676,
  ResetsAndInvitations1795440680136,
  AuditOwner1795442583417,
  RowLevelSecurity1795450000000,
  TrustBoundary1795455000000,
  WriteGate1795460000000,
  PlaceData1795470000000,
  PlaceHexLayout1795490000000,
  IndexedReadsUnderRls1796000000000,
  CsvImports1796603984221,
  CombinedAuthorities1796603990507,
  GrantsExchange1796604115353,
  PlaceAnalyticsIndexes1796606310482,
  NetworkChangeLog1796610000000,
  NetworkSubgraphTieIds1796610000001,
  PartnerSuggestions1796615477424,
  SurveyRounds1796615564572,
  CurrentMembershipTies1796617678564,
  SurveyRoundNetworkChange1796620000000,
  AccessChangeNotify1796626524325,
  PlaceCandidatesAndTallies1796630000000,
  LeakproofNameOrder1796638082325,
  NetworkSubgraphTiePositions1796638370345,
  PlaceReach1796639235906,
  SerialPlaceCandidates1796639688802,
  NetworkTieSource1796643520712,
  PlaceOrganisation1796649399122,
  TiePairingOneIndexPass1796649850703,
  AnalyticsChangeLog1796659988912,
  TieWeights1796660057862,
  PlaceOrganisationThemes1796660163925,
  PlaceOrganisationBudget1796662688683,
];
