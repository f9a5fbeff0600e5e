import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { BreakpointObserver } from '@angular/cdk/layout';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  NetworkData,
  NetworkFilterOptionsStore,
  NetworkMapFilter,
  NetworkMapState,
  NetworkMapStore,
  OrganisationMeasuresStore,
  TieKind,
} from '@cg/web/data-access';
import {
  EmptyState,
  ErrorState,
  FilterBar,
  FilterSelect,
  LoadingState,
  SelectChoices,
  downloadFile,
  formatCount,
  fromIsoDate,
  provideUkDates,
  toIsoDate,
} from '@cg/web/ui';
import { map } from 'rxjs';
import { afterPaint } from '../after-paint';
import { CENTRALITIES, Centrality } from '../centrality';
import { edgesCsv, networkGexf, nodesCsv } from '../exports';
import { LayoutProgress, LayoutRunner } from '../layout/layout-runner';
import {
  DEFAULT_MAP_QUERY,
  MapQuery,
  MapView,
  hasFilters,
  parseMapQuery,
  tickedKinds,
  toMapQueryParams,
  toggleKind,
} from '../map-query';
import { MapSummary } from '../map-summary/map-summary';
import { MANY_TIES, NetworkGraph, applyCentrality, searchOrganisations, toNetworkGraph } from '../network-graph';
import { NetworkTable } from '../network-table/network-table';
import { OrganisationPanel, PanelOrganisation } from '../organisation-panel/organisation-panel';
import { SECTOR_COLOURS, SECTOR_LABELS, SECTOR_ORDER, TIE_KIND_ORDER, TIE_STYLES } from '../palette';
import { NetworkView } from '../sigma-view';

/** Networks with more organisations than this redraw their settling layout less often. */
const LARGE_NETWORK = 5000;
const LARGE_NETWORK_REDRAW_MS = 500;

const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/** Named records as a filter's choices. */
function asChoices(records: readonly { readonly id: string; readonly name: string }[]): SelectChoices<string> {
  return records.map((record) => [record.id, record.name]);
}

/**
 * The coalition map: organisations and their ties drawn with WebGL (sigma), laid out by ForceAtlas2
 * in a worker, filtered through the URL, with search, a side panel of measures, a legend, exports and
 * a table view that says the same in words. The graph itself lives in plain fields, never in signals,
 * so 20,000 nodes cost change detection nothing.
 */
@Component({
  selector: 'cg-network-map-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    ErrorState,
    FilterBar,
    FilterSelect,
    LoadingState,
    MapSummary,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSuffix,
    NetworkTable,
    OrganisationPanel,
    RouterLink,
  ],
  providers: [NetworkMapStore, OrganisationMeasuresStore, NetworkFilterOptionsStore, provideUkDates()],
  templateUrl: './network-map-page.html',
  styleUrl: './network-map-page.scss',
})
export class NetworkMapPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly store = inject(NetworkMapStore);
  private readonly measuresStore = inject(OrganisationMeasuresStore);

  private readonly options = inject(NetworkFilterOptionsStore).options;
  protected readonly placeChoices = computed(() => asChoices(this.options().places));
  protected readonly partnershipChoices = computed(() => asChoices(this.options().partnerships));
  protected readonly funderChoices = computed(() => asChoices(this.options().funders));
  protected readonly sizeChoices: SelectChoices<Centrality> = CENTRALITIES.map((centrality) => [centrality.value, centrality.label]);
  protected readonly sectorOrder = SECTOR_ORDER;
  protected readonly sectorColours = SECTOR_COLOURS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly tieKinds = TIE_KIND_ORDER;
  protected readonly tieStyles = TIE_STYLES;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseMapQuery)), {
    initialValue: DEFAULT_MAP_QUERY,
  });
  protected readonly filter = computed(() => this.query().filter, { equal: sameJson });
  protected readonly size = computed(() => this.query().size);
  protected readonly viewMode = computed(() => this.query().view);
  protected readonly filtered = computed(() => hasFilters(this.filter()));
  protected readonly ticked = computed(() => new Set(tickedKinds(this.filter())));
  protected readonly fromDate = computed(() => fromIsoDate(this.filter().from));
  protected readonly toDate = computed(() => fromIsoDate(this.filter().to));
  protected readonly asAtDate = computed(() => fromIsoDate(this.filter().asAt));
  /** Filters start open where there is room for them; on a phone they fold away above the map. */
  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 48rem)')
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );
  protected readonly sizeLabel = computed(() => CENTRALITIES.find((c) => c.value === this.size())?.label ?? '');

  protected readonly state = this.store.state;
  /** The network on show; the last one stays (faded) while the next loads. */
  protected readonly network = linkedSignal<NetworkMapState, NetworkData | null>({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready' ? state.network : state.status === 'loading' ? (previous?.value ?? null) : null,
  });
  protected readonly loading = computed(() => this.state().status === 'loading');
  /** A large network measured for the first time answers empty and updating until it is ready. */
  protected readonly firstMeasuring = computed(() => {
    const network = this.network();
    return !!network?.updating && network.nodes.ids.length === 0;
  });
  protected readonly empty = computed(() => this.network()?.nodes.ids.length === 0 && !this.firstMeasuring());
  /** Whether the network has too many ties to draw them all by default (see NetworkView.showAllTies). */
  protected readonly manyTies = computed(() => (this.network()?.edges.source.length ?? 0) > MANY_TIES);
  protected readonly tiedPairs = computed(() => formatCount(this.network()?.summary.edgeCount ?? 0));
  /** Whether the person asked for every tie of a large network. */
  protected readonly allTies = signal(false);

  private readonly indexById = computed(() => {
    const ids = this.network()?.nodes.ids ?? [];
    return new Map(ids.map((id, i) => [id, i] as const));
  });

  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed((): PanelOrganisation | null => {
    const id = this.selectedId();
    const network = this.network();
    const index = id === null ? undefined : this.indexById().get(id);
    if (!network || id === null || index === undefined) return null;
    return { id, name: network.nodes.names[index], sector: network.nodes.sectors[index] };
  });
  protected readonly measures = this.measuresStore.state;

  protected readonly searchText = signal('');
  protected readonly matches = computed(() => {
    const network = this.network();
    return network ? searchOrganisations(network.nodes.ids, network.nodes.names, this.searchText()) : [];
  });

  protected readonly layout = signal<LayoutProgress>({ done: 0, total: 0, running: false });
  protected readonly layoutPercent = computed(() => {
    const { done, total } = this.layout();
    return total ? Math.round((100 * done) / total) : 0;
  });
  /** True when the browser could not draw (no WebGL): the table says the same. */
  protected readonly drawingFailed = signal(false);
  protected readonly exportMessage = signal('');

  private readonly canvas = viewChild<ElementRef<HTMLElement>>('canvas');
  private readonly panel = viewChild(OrganisationPanel);

  private drawing: NetworkView | null = null;
  private graph: NetworkGraph | null = null;
  private drawn: NetworkData | null = null;
  private readonly runner = new LayoutRunner(
    (positions) => this.queuePositions(positions),
    (progress) => {
      this.layout.set(progress);
      this.drawing?.setSettling(progress.running);
    },
  );
  /** The newest positions from the layout not yet drawn; older batches are simply dropped. */
  private pendingPositions: Float32Array | null = null;
  private positionsScheduled = false;

  constructor() {
    effect(() => this.store.load(this.filter()));
    effect(() => {
      const id = this.selectedId();
      this.measuresStore.load(id, untracked(this.filter));
    });
    effect(() => {
      const network = this.network();
      const element = this.canvas()?.nativeElement;
      untracked(() => this.draw(network, element));
    });
    effect(() => {
      const size = this.size();
      untracked(() => {
        if (!this.graph) return;
        applyCentrality(this.graph, size);
        this.drawing?.refresh();
      });
    });
    effect(() => {
      const all = this.allTies();
      untracked(() => this.drawing?.showAllTies(all));
    });
    // The panel (and its measures request) first, the map's highlight once that is on screen.
    effect((onCleanup) => {
      const id = this.selectedId();
      onCleanup(afterPaint(() => this.drawing?.select(id)));
    });
    inject(DestroyRef).onDestroy(() => {
      this.runner.dispose();
      this.drawing?.kill();
    });
  }

  protected updateFilter(changes: Partial<NetworkMapFilter>): void {
    this.navigate({ ...this.query(), filter: { ...this.filter(), ...changes } });
  }

  protected setKind(kind: TieKind, on: boolean): void {
    this.updateFilter({ kinds: toggleKind(this.filter(), kind, on) });
  }

  protected setThemes(text: string): void {
    const themes = text
      .split(',')
      .map((theme) => theme.trim())
      .filter(Boolean);
    if (!sameJson(themes, this.filter().themes)) this.updateFilter({ themes });
  }

  protected setDate(which: 'from' | 'to' | 'asAt', value: Date | null): void {
    this.updateFilter({ [which]: value ? toIsoDate(value) : null });
  }

  protected setSize(size: Centrality): void {
    this.navigate({ ...this.query(), size });
  }

  protected setView(view: MapView): void {
    this.navigate({ ...this.query(), view });
    if (view === 'map') afterNextRender(() => this.drawing?.resize(), { injector: this.injector });
  }

  protected clearFilters(): void {
    this.navigate({ ...this.query(), filter: DEFAULT_MAP_QUERY.filter });
  }

  protected retry(): void {
    this.store.retry();
  }

  protected onSearchInput(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
  }

  protected displayName = (id: string | null): string => {
    const index = id ? this.indexById().get(id) : undefined;
    return index === undefined ? '' : (this.network()?.nodes.names[index] ?? '');
  };

  /** Search picked an organisation: select it, fly the camera to it and move focus to its panel. */
  protected onSearchSelected(event: MatAutocompleteSelectedEvent): void {
    this.choose(event.option.value as string);
  }

  /** The table's "Select" for an organisation. The camera flies once the panel is on screen. */
  protected choose(id: string): void {
    this.selectedId.set(id);
    afterNextRender(() => this.panel()?.focus(), { injector: this.injector });
    afterPaint(() => this.drawing?.focus(id));
  }

  protected closePanel(): void {
    this.selectedId.set(null);
  }

  protected onCanvasKey(event: KeyboardEvent): void {
    if (this.drawing?.handleKey(event.key)) event.preventDefault();
  }

  protected stopLayout(): void {
    this.runner.stop();
  }

  /** Runs the layout again from where the nodes are now. */
  protected rerunLayout(): void {
    if (this.graph && this.drawn) this.startLayout(this.graph, this.drawn);
  }

  protected async exportPng(): Promise<void> {
    if (!this.drawing) return;
    try {
      downloadFile(await this.drawing.toPng(), 'coalition-map.png', 'image/png');
      this.exportMessage.set('The picture of the map is downloading.');
    } catch {
      this.exportMessage.set('The picture could not be made in this browser. The CSV and GEXF downloads still work.');
    }
  }

  protected exportCsv(what: 'organisations' | 'ties'): void {
    if (!this.graph) return;
    const content = what === 'organisations' ? nodesCsv(this.graph) : edgesCsv(this.graph);
    downloadFile(content, `coalition-map-${what}.csv`, 'text/csv;charset=utf-8');
    this.exportMessage.set(`The ${what} are downloading as CSV.`);
  }

  protected exportGexf(): void {
    if (!this.graph) return;
    downloadFile(networkGexf(this.graph), 'coalition-map.gexf', 'application/gexf+xml');
    this.exportMessage.set('The network is downloading as GEXF, for Gephi.');
  }

  protected count(value: number): string {
    return formatCount(value);
  }

  private navigate(query: MapQuery): void {
    const params = toMapQueryParams(query);
    if (sameJson(params, toMapQueryParams(this.query()))) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }

  private draw(network: NetworkData | null, element: HTMLElement | undefined): void {
    if (!network || network === this.drawn) return;
    if (!element && !this.drawingFailed()) return; // the drawing area is not there yet
    this.drawn = network;
    const graph = toNetworkGraph(network, this.size());
    this.graph = graph;
    const selected = this.selectedId();
    if (selected && !graph.hasNode(selected)) this.selectedId.set(null);
    if (element && !this.drawingFailed()) {
      try {
        if (this.drawing) this.drawing.setGraph(graph);
        else
          this.drawing = new NetworkView(element, graph, {
            select: (id) => this.selectedId.set(id),
            clearSelection: () => this.selectedId.set(null),
          });
        this.drawing.showAllTies(this.allTies());
        this.drawing.select(this.selectedId());
      } catch {
        // No WebGL (an old browser, or graphics switched off): say so and offer the table.
        this.drawing = null;
        this.drawingFailed.set(true);
        return;
      }
    }
    this.startLayout(graph, network);
  }

  private startLayout(graph: NetworkGraph, network: NetworkData): void {
    const positions = new Float32Array(graph.order * 2);
    let i = 0;
    graph.forEachNode((_, a) => {
      positions[i++] = a.x;
      positions[i++] = a.y;
    });
    const edges = new Uint32Array(network.edges.source.length * 2);
    for (let e = 0; e < network.edges.source.length; e++) {
      edges[2 * e] = network.edges.source[e];
      edges[2 * e + 1] = network.edges.target[e];
    }
    this.runner.start(positions, edges);
  }

  /**
   * Draws the layout's positions at most once a frame, and on large networks at most every
   * LARGE_NETWORK_REDRAW_MS, so the worker can report faster than the page draws without the
   * page falling behind (and stopping responding) while it settles.
   */
  private queuePositions(positions: Float32Array): void {
    this.pendingPositions = positions;
    if (this.positionsScheduled) return;
    this.positionsScheduled = true;
    const large = (this.graph?.order ?? 0) > LARGE_NETWORK;
    const draw = () => {
      this.positionsScheduled = false;
      const latest = this.pendingPositions;
      this.pendingPositions = null;
      if (latest) this.applyPositions(latest);
    };
    if (large) setTimeout(() => requestAnimationFrame(draw), LARGE_NETWORK_REDRAW_MS);
    else requestAnimationFrame(draw);
  }

  private applyPositions(positions: Float32Array): void {
    const graph = this.graph;
    if (!graph || positions.length !== graph.order * 2) return;
    let i = 0;
    graph.updateEachNodeAttributes(
      (_, a) => {
        a.x = positions[i++];
        a.y = positions[i++];
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    this.drawing?.positionsMoved();
  }
}
