import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Sector } from '@cg/shared/domain';
import { OverviewDocument, OverviewQuery } from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { InstanceOverview } from './instance-overview';

/** Builds the `overview` response as the API would send it. */
function overviewResponse(
  organisationCount: number,
  sectors: ReadonlyArray<readonly [Sector, number]> = [],
  figures: Partial<Pick<OverviewQuery['overview'], 'livePartnershipCount' | 'liveProjectCount' | 'recentActivityCount' | 'fundingTotal'>> = {},
): OverviewQuery {
  return {
    overview: {
      __typename: 'Overview',
      organisationCount,
      organisationsBySector: sectors.map(([sector, count]) => ({ __typename: 'SectorCount', sector, count })),
      livePartnershipCount: 0,
      liveProjectCount: 0,
      recentActivityCount: 0,
      fundingTotal: 0,
      ...figures,
    },
  } as OverviewQuery;
}

describe('InstanceOverview', () => {
  let fixture: ComponentFixture<InstanceOverview>;
  let apollo: ApolloTestingController;

  const page = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [InstanceOverview, ApolloTestingModule] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(InstanceOverview);
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('shows a loading state until the server answers', () => {
    expect(page().querySelector('[role="status"]')?.textContent).toContain('Loading');
    apollo.expectOne(OverviewDocument);
  });

  it('shows the organisation count from the server, with British thousands separators', async () => {
    apollo.expectOne(OverviewDocument).flushData(
      overviewResponse(12345, [
        [Sector.VOLUNTARY_AND_COMMUNITY, 12000],
        [Sector.GRASSROOTS_COMMUNITY, 345],
      ]),
    );
    await fixture.whenStable();

    expect(page().querySelector('[data-testid="organisation-count"]')?.textContent).toBe('12,345');
    expect(page().textContent).toContain('organisations');
    expect(page().querySelector('[role="status"]')).toBeNull();
  });

  it('labels the sector breakdown in plain words, largest first as the API sends it', async () => {
    apollo.expectOne(OverviewDocument).flushData(
      overviewResponse(23, [
        [Sector.VOLUNTARY_AND_COMMUNITY, 12],
        [Sector.GRASSROOTS_COMMUNITY, 6],
        [Sector.PUBLIC, 3],
        [Sector.ACADEMIC, 1],
        [Sector.FUNDER, 1],
      ]),
    );
    await fixture.whenStable();

    const labels = Array.from(page().querySelectorAll('tbody th'), (cell) => cell.textContent?.trim());
    expect(labels).toEqual(['Voluntary and community', 'Grassroots community', 'Public sector', 'Academic', 'Funder']);
  });

  it('says "organisation" for a single one', async () => {
    apollo.expectOne(OverviewDocument).flushData(overviewResponse(1, [[Sector.PRIVATE, 1]]));
    await fixture.whenStable();

    expect(page().querySelector('cg-stat-card')?.textContent).toMatch(/1\s+organisation\b/);
  });

  it('shows an empty state when there are no organisations', async () => {
    apollo.expectOne(OverviewDocument).flushData(overviewResponse(0));
    await fixture.whenStable();

    expect(page().textContent).toContain('No organisations yet');
    expect(page().querySelector('[data-testid="organisation-count"]')).toBeNull();
  });

  it('shows the error state when the server cannot be reached', async () => {
    apollo.expectOne(OverviewDocument).networkError(new Error('Failed to fetch'));
    await fixture.whenStable();

    const alert = page().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('We could not reach the server');
    expect(page().querySelector('[data-testid="organisation-count"]')).toBeNull();
  });

  it('asks again when "Try again" is pressed, and shows the figures that arrive', async () => {
    apollo.expectOne(OverviewDocument).networkError(new Error('Failed to fetch'));
    await fixture.whenStable();

    page().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    apollo.expectOne(OverviewDocument).flushData(overviewResponse(7, [[Sector.PUBLIC, 7]]));
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(page().querySelector('[data-testid="organisation-count"]')?.textContent).toBe('7');
  });

  it('shows live partnerships, projects, recent activity and funding in pounds', async () => {
    apollo.expectOne(OverviewDocument).flushData(
      overviewResponse(20, [[Sector.PUBLIC, 20]], {
        livePartnershipCount: 1,
        liveProjectCount: 12,
        recentActivityCount: 3,
        fundingTotal: 1_250_000,
      }),
    );
    await fixture.whenStable();
    const text = (id: string) => page().querySelector(`[data-testid="${id}"]`)?.closest('p')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('partnership-count')).toBe('1 live partnership');
    expect(text('project-count')).toBe('12 live projects');
    expect(text('activity-count')).toBe('3 activities in the last 30 days');
    expect(text('funding-total')).toBe('£1.3m funding awarded');
  });
});
