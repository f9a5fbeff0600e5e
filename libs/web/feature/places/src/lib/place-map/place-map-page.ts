import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injectable,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PLACE_LEVEL_LABELS } from '@cg/shared/domain';
import {
  ColdSpotLayerStore,
  FunderLayerStore,
  PlaceLevel,
  PlaceMapStore,
  PlaceShapeData,
  SessionStore,
  funderChoices,
  ownFunder,
} from '@cg/web/data-access';
import { ErrorState, LoadingState, downloadFile, formatCount, formatPounds } from '@cg/web/ui';
import { map } from 'rxjs';
import { DrawnArea, MAP_HEIGHT, MAP_WIDTH, dotRadius, drawGeographic, drawHexes, zoomToFit } from './map-drawing';
import { PlacePanel } from './place-panel';
import { mapPicture } from './png-export';
import { FunderFunding, HATCH_ID, ShadingContext, ShadingId, inkOn, shadingFor, shadingOptions } from './shading';

/** The `funder` URL parameter's value for "no funder", so a cleared choice survives a reload. */
const NO_FUNDER = 'none';

/** The credit line for official place data (OGL, OS, Royal Mail), word for word. */
export const DATA_CREDITS =
  'Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right. Contains Royal Mail data © Royal Mail copyright and database right.';

type Layout = 'geographic' | 'hex';

/** A second map store for the smaller places inside the local authority zoomed into, so the overview stays loaded. */
@Injectable()
class InsidePlacesStore extends PlaceMapStore {}
type InnerLevel = PlaceLevel.WARD | PlaceLevel.LSOA;
/** The areas the whole map shows: local authorities, or the combined authorities their councils form. */
type OverviewLevel = PlaceLevel.LOCAL_AUTHORITY | PlaceLevel.COMBINED_AUTHORITY;

/**
 * The place map: local authorities shaded by deprivation (or another figure), with the live
 * partnerships and projects in each drawn on top. Picking an area opens its panel; zooming into a
 * local authority shows its wards or small areas. Drawn with d3-geo from the boundaries the API
 * holds, so it needs no tile server and no internet.
 */
@Component({
  selector: 'cg-place-map-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ErrorState,
    LoadingState,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    PlacePanel,
    RouterLink,
  ],
  providers: [PlaceMapStore, InsidePlacesStore, ColdSpotLayerStore, FunderLayerStore],
  templateUrl: './place-map-page.html',
  styleUrl: './place-map-page.scss',
})
export class PlaceMapPage {
  private readonly overview = inject(PlaceMapStore);
  private readonly inside = inject(InsidePlacesStore);
  private readonly coldSpotLayer = inject(ColdSpotLayerStore);
  private readonly funderLayer = inject(FunderLayerStore);
  private readonly session = inject(SessionStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly svg = viewChild<ElementRef<SVGSVGElement>>('map');

  protected readonly width = MAP_WIDTH;
  protected readonly height = MAP_HEIGHT;
  protected readonly credits = DATA_CREDITS;
  protected readonly hatchId = HATCH_ID;
  protected readonly pounds = formatPounds;
  protected readonly levelLabels = PLACE_LEVEL_LABELS;
  protected readonly count = formatCount;
  protected readonly inkOn = inkOn;
  protected readonly dotRadius = dotRadius;

  /** A link naming a funder (from its portfolio) opens the map shaded by that funder's funding. */
  private readonly chosenShading = signal<ShadingId>(
    this.askedFunderNow() && this.askedFunderNow() !== NO_FUNDER ? 'funder' : 'imd',
  );
  protected readonly layout = signal<Layout>('geographic');
  protected readonly overviewLevel = signal<OverviewLevel>(PlaceLevel.LOCAL_AUTHORITY);
  protected readonly showWork = signal(true);
  /** The local authority zoomed into, and which smaller places to show inside it. */
  protected readonly focus = signal<PlaceShapeData | null>(null);
  protected readonly innerLevel = signal<InnerLevel>(PlaceLevel.WARD);
  protected readonly selected = signal<PlaceShapeData | null>(null);
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  protected readonly overviewState = this.overview.state;
  protected readonly insideState = this.inside.state;
  protected readonly authorities = computed(() => {
    const state = this.overviewState();
    return state.status === 'ready' ? state.shapes : null;
  });
  private readonly insideShapes = computed(() => {
    const state = this.insideState();
    return state.status === 'ready' ? state.shapes : null;
  });

  /** What the map shows: the local authorities, or the smaller places inside the one zoomed into. */
  protected readonly shapes = computed<readonly PlaceShapeData[]>(() =>
    this.focus() ? (this.insideShapes() ?? []) : (this.authorities() ?? []),
  );
  protected readonly hexAvailable = computed(
    () => !this.focus() && (this.authorities() ?? []).some((shape) => shape.hex),
  );
  protected readonly hexOn = computed(() => this.layout() === 'hex' && this.hexAvailable());
  protected readonly areas = computed<DrawnArea[]>(() =>
    this.hexOn() ? drawHexes(this.shapes()) : drawGeographic(this.shapes()),
  );

  /** The `funder` URL parameter: an organisation id, "none" when cleared, or null for the reader's own. */
  private readonly askedFunder = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('funder'))), {
    initialValue: this.askedFunderNow(),
  });
  /** Funders the reader may choose: their own organisations that fund, and every funder for instance admins. */
  protected readonly funderOptions = computed(() => {
    const funders = this.funderLayer.funders();
    const isFunder = new Set(funders.map((f) => f.id));
    return funderChoices(this.session.user() ?? null, funders).filter((choice) => isFunder.has(choice.id));
  });
  /** The funder shown: the one asked for when the reader may choose it, else their own funder, unless cleared. */
  protected readonly funderId = computed(() => {
    const asked = this.askedFunder();
    if (asked === NO_FUNDER) return null;
    if (asked && this.funderOptions().some((option) => option.id === asked)) return asked;
    return ownFunder(this.session.user() ?? null, this.funderLayer.funders());
  });
  protected readonly funderState = this.funderLayer.state;
  protected readonly funder = computed<(FunderFunding & { id: string; grantCount: number }) | null>(() => {
    const state = this.funderState();
    const layer = state.status === 'ready' ? state.value : null;
    if (!layer) return null;
    return {
      id: layer.funderId,
      name: layer.funder?.name ?? 'this funder',
      grantCount: layer.grantCount,
      byPlace: new Map(layer.byPlace.map((row) => [row.placeId, row])),
    };
  });
  protected readonly shadingOptions = computed(() => shadingOptions(this.funder()?.name ?? null));
  /** The shading on show; a funder's shading falls back to deprivation while no funder is chosen. */
  protected readonly shadingId = computed<ShadingId>(() =>
    this.chosenShading() === 'funder' && !this.funder() ? 'imd' : this.chosenShading(),
  );
  protected readonly coldSpotState = this.coldSpotLayer.state;
  private readonly context = computed<ShadingContext>(() => {
    const cold = this.coldSpotState();
    return { coldSpots: cold.status === 'ready' ? cold.value.spots : null, funder: this.funder() };
  });
  /** The server served its last cold spots while it computes fresh ones (records changed). */
  protected readonly coldSpotsUpdating = computed(() => {
    const cold = this.coldSpotState();
    return this.shadingId() === 'cold-spots' && cold.status === 'ready' && cold.value.updating;
  });
  protected readonly shading = computed(() => shadingFor(this.shadingId(), this.shapes(), this.context()));
  protected readonly hatchedAreas = computed(() => {
    const shading = this.shading();
    return this.areas().filter((area) => shading.hatched(area.shape));
  });
  protected readonly noColdSpots = computed(
    () =>
      this.shadingId() === 'cold-spots' &&
      this.coldSpotState().status === 'ready' &&
      this.shapes().length > 0 &&
      this.hatchedAreas().length === 0,
  );
  /** The local authorities where the chosen funder has grants, marked on the map (not when zoomed in). */
  protected readonly funderMarks = computed(() => {
    const funder = this.funder();
    if (!funder || this.focus()) return [];
    return this.areas()
      .map((area) => ({ area, grants: funder.byPlace.get(area.shape.id)?.grantCount ?? 0 }))
      .filter(({ grants }) => grants > 0);
  });
  protected readonly mostGrants = computed(() => Math.max(0, ...this.funderMarks().map((mark) => mark.grants)));
  protected readonly outline = computed(() => {
    const focus = this.focus();
    return focus && !this.hexOn() ? (drawGeographic([focus])[0]?.path ?? null) : null;
  });
  /** In the hex layout the name sits at the middle, so the dots go a little below it. */
  protected readonly dotShift = computed(() => (this.hexOn() ? 8 : 0));
  protected readonly largest = computed(() =>
    Math.max(0, ...this.shapes().flatMap((shape) => [shape.livePartnershipCount, shape.liveProjectCount])),
  );
  protected readonly emptyInside = computed(
    () => this.focus() !== null && this.insideState().status === 'ready' && this.shapes().length === 0,
  );
  /** No local authority boundaries at all: the map says what to import instead of drawing anything. */
  protected readonly noBoundaries = computed(
    () =>
      this.overviewLevel() === PlaceLevel.LOCAL_AUTHORITY &&
      this.overviewState().status === 'ready' &&
      (this.authorities() ?? []).length === 0,
  );
  /** Combined authorities chosen, but none imported with a boundary. */
  protected readonly noCombinedAuthorities = computed(
    () =>
      this.overviewLevel() === PlaceLevel.COMBINED_AUTHORITY &&
      !this.focus() &&
      this.overviewState().status === 'ready' &&
      (this.authorities() ?? []).length === 0,
  );
  protected readonly mapTitle = computed(() => {
    const focus = this.focus();
    const what = focus
      ? `${this.innerLevel() === PlaceLevel.WARD ? 'Wards' : 'Small areas (LSOAs)'} in ${focus.name}`
      : this.overviewLevel() === PlaceLevel.COMBINED_AUTHORITY
        ? 'Combined authorities'
        : 'Local authorities';
    return `${what}, shaded by ${this.shading().noun}`;
  });
  protected readonly totals = computed(() => ({
    partnerships: this.shapes().reduce((sum, shape) => sum + shape.livePartnershipCount, 0),
    projects: this.shapes().reduce((sum, shape) => sum + shape.liveProjectCount, 0),
  }));

  constructor() {
    effect(() => {
      const level = this.overviewLevel();
      untracked(() => this.overview.load({ level, within: null, zoom: 8 }));
    });
    // Once the extent is known, ask again for detail down to a pixel at the zoom that fits it.
    effect(() => {
      const state = this.overviewState();
      if (state.status !== 'ready' || state.shapes.length === 0) return;
      const fit = zoomToFit(state.shapes);
      if (fit !== state.request.zoom) untracked(() => this.overview.load({ ...state.request, zoom: fit }));
    });
    effect(() => {
      const focus = this.focus();
      if (focus) this.inside.load({ level: this.innerLevel(), within: focus.id, zoom: zoomToFit([focus]) });
    });
    // Cold spots are fetched once for the view, only when they are shown.
    effect(() => {
      if (this.shadingId() !== 'cold-spots') return;
      const focus = this.focus();
      this.coldSpotLayer.load(focus ? this.innerLevel() : this.overviewLevel(), focus?.id ?? null);
    });
    effect(() => this.funderLayer.load(this.funderId()));
  }

  private askedFunderNow(): string | null {
    return this.route.snapshot.queryParamMap.get('funder');
  }

  protected chooseShading(id: ShadingId): void {
    this.chosenShading.set(id);
  }

  /** Picking a funder shades the map by its funding; clearing it goes back to deprivation. */
  protected chooseFunder(id: string): void {
    this.router.navigate([], { relativeTo: this.route, queryParams: { funder: id }, replaceUrl: true });
    if (id === NO_FUNDER) {
      if (this.chosenShading() === 'funder') this.chosenShading.set('imd');
    } else this.chosenShading.set('funder');
  }

  protected perHead(shape: PlaceShapeData): string {
    const value = shape.analytics?.fundingPerHead;
    return value == null ? 'Not known' : formatPounds(value);
  }

  /** The funder's share in a local authority, for the list. */
  protected funderShare(shape: PlaceShapeData): string {
    const funder = this.funder();
    if (!funder) return '';
    return formatPounds(funder.byPlace.get(shape.id)?.fundingTotal ?? 0);
  }

  /** Whether the area is a cold spot, and why, for the list. */
  protected coldSpotWords(shape: PlaceShapeData): string {
    const spots = this.context().coldSpots;
    const flags = spots?.get(shape.id);
    if (!spots) return 'Loading…';
    if (!flags) return 'No';
    return `Yes: ${[flags.noActivePartnership && 'no active partnership', flags.lowFunding && 'no funding'].filter(Boolean).join(', ')}`;
  }

  protected readonly diamond = (x: number, y: number, r: number) =>
    `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

  protected describe(shape: PlaceShapeData): string {
    const work = `${shape.livePartnershipCount} live partnership${shape.livePartnershipCount === 1 ? '' : 's'}, ${shape.liveProjectCount} live project${shape.liveProjectCount === 1 ? '' : 's'}`;
    return `${shape.name}: ${this.shading().describe(shape)}, ${work}`;
  }

  protected pick(shape: PlaceShapeData): void {
    this.selected.set(shape);
    // Keyboard and screen-reader users land on what they opened.
    setTimeout(() => document.getElementById('panel-heading')?.focus());
  }

  protected onKey(event: KeyboardEvent, shape: PlaceShapeData): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pick(shape);
    }
  }

  protected zoomInto(shape: PlaceShapeData): void {
    const authority = shape.level === PlaceLevel.LOCAL_AUTHORITY ? shape : null;
    if (!authority) return;
    this.focus.set(authority);
    this.selected.set(null);
  }

  protected zoomOut(): void {
    const focus = this.focus();
    this.focus.set(null);
    this.selected.set(focus);
  }

  protected setOverviewLevel(level: OverviewLevel): void {
    this.overviewLevel.set(level);
    this.selected.set(null);
    this.focus.set(null);
  }

  protected setInnerLevel(level: InnerLevel): void {
    this.innerLevel.set(level);
    this.selected.set(null);
  }

  protected retry(): void {
    this.overview.retry();
    if (this.focus()) this.inside.retry();
  }

  protected async downloadPng(): Promise<void> {
    const svg = this.svg()?.nativeElement;
    if (!svg) return;
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const shading = this.shading();
      const picture = await mapPicture(svg, {
        title: this.mapTitle(),
        legendTitle: shading.legendTitle,
        legend: shading.legend,
        credits: this.credits,
        note:
          [
            this.showWork() ? 'White circles: live partnerships; dark squares: live projects; larger means more.' : '',
            this.funderMarks().length
              ? `Orange diamonds: local authorities where ${this.funder()?.name} has grants.`
              : '',
          ]
            .filter(Boolean)
            .join(' ') || undefined,
      });
      downloadFile(picture, 'place-map.png');
    } catch {
      this.exportError.set('The picture could not be made in this browser. Try again, or take a screenshot instead.');
    } finally {
      this.exporting.set(false);
    }
  }
}
