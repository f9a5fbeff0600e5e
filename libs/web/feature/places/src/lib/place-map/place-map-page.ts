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
import { PLACE_LEVEL_LABELS, PlaceLevel, PlaceMapStore, PlaceShapeData } from '@cg/web/data-access';
import { ErrorState, LoadingState, formatCount } from '@cg/web/ui';
import { DrawnArea, MAP_HEIGHT, MAP_WIDTH, dotRadius, drawGeographic, drawHexes, zoomToFit } from './map-drawing';
import { PlacePanel } from './place-panel';
import { download, mapPicture } from './png-export';
import { SHADING_OPTIONS, ShadingId, inkOn, shadingFor } from './shading';

/** The credit line for official place data (OGL, OS, Royal Mail), word for word. */
export const DATA_CREDITS =
  'Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right. Contains Royal Mail data © Royal Mail copyright and database right.';

type Layout = 'geographic' | 'hex';

/** A second map store for the smaller places inside the local authority zoomed into, so the overview stays loaded. */
@Injectable()
class InsidePlacesStore extends PlaceMapStore {}
type InnerLevel = PlaceLevel.WARD | PlaceLevel.LSOA;

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
  ],
  providers: [PlaceMapStore, InsidePlacesStore],
  templateUrl: './place-map-page.html',
  styleUrl: './place-map-page.scss',
})
export class PlaceMapPage {
  private readonly overview = inject(PlaceMapStore);
  private readonly inside = inject(InsidePlacesStore);
  private readonly svg = viewChild<ElementRef<SVGSVGElement>>('map');

  protected readonly width = MAP_WIDTH;
  protected readonly height = MAP_HEIGHT;
  protected readonly credits = DATA_CREDITS;
  protected readonly shadingOptions = SHADING_OPTIONS;
  protected readonly levelLabels = PLACE_LEVEL_LABELS;
  protected readonly count = formatCount;
  protected readonly inkOn = inkOn;
  protected readonly dotRadius = dotRadius;

  protected readonly shadingId = signal<ShadingId>('imd');
  protected readonly layout = signal<Layout>('geographic');
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
  protected readonly shading = computed(() => shadingFor(this.shadingId(), this.shapes()));
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
  protected readonly noBoundaries = computed(
    () => this.overviewState().status === 'ready' && (this.authorities() ?? []).length === 0,
  );
  protected readonly mapTitle = computed(() => {
    const focus = this.focus();
    const what = focus
      ? `${this.innerLevel() === PlaceLevel.WARD ? 'Wards' : 'Small areas (LSOAs)'} in ${focus.name}`
      : 'Local authorities';
    return `${what}, shaded by ${this.shading().noun}`;
  });
  protected readonly totals = computed(() => ({
    partnerships: this.shapes().reduce((sum, shape) => sum + shape.livePartnershipCount, 0),
    projects: this.shapes().reduce((sum, shape) => sum + shape.liveProjectCount, 0),
  }));

  constructor() {
    this.overview.load({ level: PlaceLevel.LOCAL_AUTHORITY, within: null, zoom: 8 });
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
  }

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
        note: this.showWork()
          ? 'White circles: live partnerships; dark squares: live projects; larger means more.'
          : undefined,
      });
      download(picture, 'place-map.png');
    } catch {
      this.exportError.set('The picture could not be made in this browser. Try again, or take a screenshot instead.');
    } finally {
      this.exporting.set(false);
    }
  }
}
