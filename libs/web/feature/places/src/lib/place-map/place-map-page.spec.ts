import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  ColdSpotLayerStore,
  PlaceLevel,
  PlaceMapColdSpotsDocument,
  PlaceShapesDocument,
  PlaceShapesQuery,
  PortfolioFunderOptionsDocument,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { DATA_CREDITS, PlaceMapPage } from './place-map-page';

type Shape = PlaceShapesQuery['placeShapes'][number];

function square(id: string, name: string, x: number, imdDecile: number): Shape {
  return {
    __typename: 'PlaceShape',
    id,
    code: id,
    name,
    level: PlaceLevel.LOCAL_AUTHORITY,
    parentId: null,
    imdDecile,
    population: 40_000,
    geometry: JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [x, 52],
          [x + 0.2, 52],
          [x + 0.2, 52.2],
          [x, 52.2],
          [x, 52],
        ],
      ],
    }),
    hex: { __typename: 'HexCell', q: Math.round(x * 10), r: 0 },
    livePartnershipCount: 2,
    liveProjectCount: 1,
    analytics: {
      __typename: 'PlaceAnalytics',
      imdRank: 100,
      organisationCount: 3,
      activePartnershipCount: 1,
      activeProjectCount: 1,
      fundingTotal: 20_000,
      fundingPerHead: 0.5,
      grantCount: 2,
      funderCount: 1,
    },
  };
}

describe('place map page', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;
  const page = () => harness.routeNativeElement as HTMLElement;
  /** Apollo hands results over on a later tick; then the page redraws. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.detectChanges();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([{ path: 'place-map', component: PlaceMapPage }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => apollo.verify());

  /** The funders the reader may choose: none here (nobody is signed in). */
  const noFunders = () =>
    apollo
      .expectOne(PortfolioFunderOptionsDocument)
      .flushData({ organisations: { __typename: 'OrganisationConnection', nodes: [] } });

  it('says what to import, and how, when there are no boundaries', async () => {
    await harness.navigateByUrl('/place-map');
    noFunders();
    apollo.expectOne(PlaceShapesDocument).flushData({ placeShapes: [] });
    await settle();
    const notice = page().querySelector('[data-testid="no-boundaries"]');
    expect(notice?.textContent).toContain('npm run import -- places boundaries <file>');
    expect(page().querySelector('svg')).toBeNull();
  });

  it('shades each local authority, lists it, credits the data and asks again for the zoom that fits', async () => {
    await harness.navigateByUrl('/place-map');
    noFunders();
    const first = apollo.expectOne(PlaceShapesDocument);
    expect(first.operation.variables).toEqual({ level: 'LOCAL_AUTHORITY', within: null, zoom: 8 });
    first.flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1), square('b', 'Brookfield', -1.4, 10)] });
    await settle();
    // Two areas 0.4° across fill 800 pixels at zoom 11: the API is asked for that detail.
    const refined = apollo.expectOne(PlaceShapesDocument);
    expect(refined.operation.variables['zoom']).toBe(11);
    refined.flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1), square('b', 'Brookfield', -1.4, 10)] });
    await settle();

    const areas = Array.from(page().querySelectorAll('[data-testid="map-area"]'));
    expect(areas.map((area) => area.getAttribute('aria-label'))).toEqual([
      'Alderley: IMD decile 1, 2 live partnerships, 1 live project',
      'Brookfield: IMD decile 10, 2 live partnerships, 1 live project',
    ]);
    expect(areas.map((area) => area.getAttribute('fill'))).toEqual(['#440154', '#fde725']);
    expect(page().querySelectorAll('[data-testid="partnership-dot"]')).toHaveLength(2);
    expect(page().querySelector('[data-testid="data-credits"]')?.textContent).toBe(DATA_CREDITS);
    expect(page().querySelectorAll('[data-testid="area-list"] tbody tr')).toHaveLength(2);
  });

  it('shows combined authorities when chosen, and says what to import when there are none', async () => {
    await harness.navigateByUrl('/place-map');
    noFunders();
    apollo.expectOne(PlaceShapesDocument).flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1)] });
    await settle();
    apollo.expectOne(PlaceShapesDocument).flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1)] });
    await settle();
    const toggle = Array.from(page().querySelectorAll<HTMLButtonElement>('[data-testid="overview-level"] button')).find(
      (button) => button.textContent?.includes('Combined authorities'),
    );
    toggle?.click();
    await settle();
    const asked = apollo.expectOne(PlaceShapesDocument);
    expect(asked.operation.variables).toEqual({ level: 'COMBINED_AUTHORITY', within: null, zoom: 8 });
    asked.flushData({ placeShapes: [] });
    await settle();
    expect(page().querySelector('[data-testid="no-combined-authorities"]')?.textContent).toContain(
      'npm run import -- places boundaries <file>',
    );
    expect(page().querySelector('[data-testid="no-boundaries"]')).toBeNull();
    expect(page().querySelector('[data-testid="overview-level"]')).not.toBeNull();
  });

  it('says when the cold spots are the last ones while fresh ones are computed, and asks again until they come', async () => {
    ColdSpotLayerStore.UPDATING_POLL_MS = 0;
    await harness.navigateByUrl('/place-map');
    noFunders();
    apollo.expectOne(PlaceShapesDocument).flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1)] });
    await settle();
    apollo.expectOne(PlaceShapesDocument).flushData({ placeShapes: [square('a', 'Alderley', -1.6, 1)] });
    await settle();
    (harness.routeDebugElement?.componentInstance as { chooseShading(id: string): void }).chooseShading('cold-spots');
    await settle();
    const page1 = (updating: boolean) => ({
      coldSpots: {
        __typename: 'ColdSpotConnection',
        updating,
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [{ __typename: 'ColdSpot', placeId: 'a', noActivePartnership: true, lowFunding: false }],
      },
    });
    apollo.expectOne(PlaceMapColdSpotsDocument).flushData(page1(true));
    await settle();
    expect(page().querySelector('[data-testid="cold-spots-updating"]')?.textContent).toContain('Updating…');
    await settle();
    apollo.expectOne(PlaceMapColdSpotsDocument).flushData(page1(false));
    await settle();
    expect(page().querySelector('[data-testid="cold-spots-updating"]')).toBeNull();
    ColdSpotLayerStore.UPDATING_POLL_MS = 3000;
  });
});
