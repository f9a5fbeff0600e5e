import { toBlob } from '@sigma/export-image';
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { Focus, FocusLayer } from './focus-layer';
import { MANY_TIES, NetworkGraph, OrganisationNode, TieEdge } from './network-graph';
import { FADED_EDGE_COLOUR, FADED_NODE_COLOUR } from './palette';

export interface NetworkViewEvents {
  /** An organisation was clicked or tapped. */
  readonly select: (id: string) => void;
  /** The empty background was clicked. */
  readonly clearSelection: () => void;
}


/** Ties as shaded quads with arrowheads, organisations as discs: what sigma draws by default. */
const DETAILED = {
  edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
  nodeProgramClasses: { circle: NodeCircleProgram },
};
/**
 * For networks with more than MANY_TIES: ties as one-pixel GL lines, organisations as GL points.
 * Without a GPU, filling hundreds of thousands of quads took seconds a frame, and sigma's discs (one
 * instanced triangle each) took 0.4 to 0.9 s for 20,000 organisations against 0.1 s as points. The
 * points look the same; at that density thickness and arrowheads blur anyway.
 */
const LIGHTWEIGHT = {
  edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
  nodeProgramClasses: { circle: NodePointProgram },
};
const drawingFor = (graph: NetworkGraph) => (isLarge(graph) ? LIGHTWEIGHT : DETAILED);

const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The WebGL drawing of the network, and the only code that touches sigma. Hover and selection
 * live here as plain fields and reach the screen through sigma's reducers, so pointing at nodes never
 * runs Angular change detection. Throws when the browser cannot give sigma a WebGL context.
 */
export class NetworkView {
  private readonly sigma: Sigma<OrganisationNode, TieEdge>;
  /** The whole network: neighbours, exports, and the drawing of every tie when that is drawn. */
  private graph: NetworkGraph;
  /**
   * On large networks, the drawing is usually this copy instead: every organisation (sharing the
   * attribute objects, so positions carry over) and no ties.
   * Hundreds of thousands of ties make a solid mass that hides who is tied to whom, and sigma
   * re-processes every tie (even hidden ones) on each change, which froze the page for a second.
   */
  private light: NetworkGraph | null = null;
  /** Whether the person asked to see every tie of a large network. */
  private allTies = false;
  private settling = false;
  private hovered: string | null = null;
  private selected: string | null = null;
  /** The highlighted organisation and its neighbours; empty when nothing is highlighted. */
  private neighbourhood = new Set<string>();
  /** On large networks the highlight is drawn over sigma's drawing, which stays as it is. */
  private readonly focusLayer: FocusLayer;

  constructor(container: HTMLElement, graph: NetworkGraph, events: NetworkViewEvents) {
    this.graph = graph;
    // A new network's layout starts at once, so a large one is first drawn without its ties.
    this.light = isLarge(graph) ? withoutTies(graph) : null;
    this.settling = true;
    this.sigma = new Sigma<OrganisationNode, TieEdge>(this.light ?? graph, container, {
      allowInvalidContainer: true,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1c1b1f' },
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.5,
      defaultEdgeType: 'line',
      ...drawingFor(graph),
      // Ties stay on while moving up to this many; above it they hide during pans so 20,000 nodes stay smooth.
      hideEdgesOnMove: isLarge(graph),
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('enterNode', ({ node }) => this.highlight((this.hovered = node)));
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.highlight(this.selected);
    });
    this.sigma.on('clickNode', ({ node }) => events.select(node));
    this.sigma.on('clickStage', () => events.clearSelection());
    this.focusLayer = new FocusLayer(this.sigma, graph, LABEL_FONT);
  }

  /** Draws another network (after filters change); the camera goes back to the whole picture. */
  setGraph(graph: NetworkGraph): void {
    this.graph = graph;
    this.hovered = null;
    this.selected = null;
    this.neighbourhood = new Set();
    this.focusLayer.show(graph, null);
    this.light = isLarge(graph) ? withoutTies(graph) : null;
    const drawing = drawingFor(graph);
    this.sigma.setSetting('edgeProgramClasses', drawing.edgeProgramClasses);
    this.sigma.setSetting('nodeProgramClasses', drawing.nodeProgramClasses);
    this.sigma.setGraph(this.light ?? graph);
    this.sigma.setSetting('hideEdgesOnMove', isLarge(graph));
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** While the layout settles, a large network is drawn without the ties of organisations not pointed at. */
  setSettling(settling: boolean): void {
    this.settling = settling;
    this.drawChosenGraph();
  }

  /**
   * On a large network, draws every tie (a dense picture, and a second or more to draw without a
   * graphics card) or only the highlighted organisation's. Small networks always show every tie.
   */
  showAllTies(show: boolean): void {
    this.allTies = show;
    this.drawChosenGraph();
  }

  /**
   * Redraws after the layout moved nodes. The light copy shares the node attributes, so it sees
   * the new positions but not the change events: sigma is told here instead.
   */
  positionsMoved(): void {
    if (this.drawsLight()) this.sigma.refresh();
  }

  /** Marks an organisation as selected (or none), highlighting it and its neighbours. */
  select(id: string | null): void {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    if (!this.hovered) this.highlight(this.selected);
  }

  /** Moves the camera to an organisation and zooms in on it. */
  focus(id: string): void {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.45 }, { duration: reduceMotion ? 0 : 600 });
  }

  /** Keyboard pan and zoom on the drawing: arrows pan, + and - zoom, 0 shows everything. */
  handleKey(key: string): boolean {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    switch (key) {
      case '+':
      case '=':
        camera.animatedZoom({ duration: 200 });
        return true;
      case '-':
      case '_':
        camera.animatedUnzoom({ duration: 200 });
        return true;
      case '0':
        camera.animatedReset({ duration: 200 });
        return true;
      case 'ArrowLeft':
        camera.setState({ x: state.x - step });
        return true;
      case 'ArrowRight':
        camera.setState({ x: state.x + step });
        return true;
      case 'ArrowUp':
        camera.setState({ y: state.y + step });
        return true;
      case 'ArrowDown':
        camera.setState({ y: state.y - step });
        return true;
      default:
        return false;
    }
  }

  /** Where an organisation is drawn, in pixels from the drawing's top left, if it is drawn. */
  viewportPosition(id: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(id);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  /** Redraws after node attributes (sizes) changed. */
  refresh(): void {
    this.sigma.refresh();
  }

  /** Fits the drawing to its container again (after it was hidden or resized). */
  resize(): void {
    this.sigma.resize();
    this.sigma.refresh();
  }

  /** The drawing as a PNG, on a white background, at the size it is shown. */
  toPng(): Promise<Blob> {
    const focus = this.currentFocus();
    return toBlob(this.sigma as unknown as Sigma, {
      format: 'png',
      backgroundColor: '#ffffff',
      // sigma's layers in drawing order, with the highlighted organisation's ties where the screen has them.
      layers: ['edges', 'nodes', 'focus', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'],
      withTempRenderer: (copy) => {
        const layer = new FocusLayer(copy as unknown as Sigma<OrganisationNode, TieEdge>, this.graph, LABEL_FONT);
        layer.show(this.graph, focus);
        copy.refresh();
        layer.drawNow();
      },
    });
  }

  kill(): void {
    this.sigma.kill();
  }

  /**
   * Highlights an organisation and its neighbours. The redraw waits for the next frame, so a
   * selection that also moves the camera draws once, not once before the flight and once after.
   */
  private highlight(id: string | null): void {
    const known = id !== null && this.graph.hasNode(id);
    this.neighbourhood = known ? new Set([id, ...this.graph.neighbors(id)]) : new Set();
    if (this.light) this.focusLayer.show(this.graph, this.currentFocus());
    else this.sigma.refresh({ skipIndexation: true, schedule: true });
  }

  /** On a large network, what the focus layer shows: the highlighted organisation, its partners and ties. */
  private currentFocus(): Focus | null {
    const id = this.hovered ?? this.selected;
    if (!this.light || !id || !this.graph.hasNode(id)) return null;
    const partners = new Set(this.neighbourhood);
    partners.delete(id);
    return { organisation: id, partners, ties: this.graph.edges(id) };
  }

  private drawsLight(): boolean {
    return !!this.light && (this.settling || !this.allTies);
  }

  /** Puts the light copy or the whole network in front of sigma, whichever is due now. */
  private drawChosenGraph(): void {
    const wanted = this.drawsLight() ? this.light : this.graph;
    if (wanted && this.sigma.getGraph() !== wanted) this.sigma.setGraph(wanted);
  }

  private reduceNode(node: string, data: OrganisationNode): Partial<NodeDisplayData> {
    // Large networks are highlighted by the focus layer, not by redrawing every organisation.
    if (this.neighbourhood.size === 0 || this.light) return data;
    if (!this.neighbourhood.has(node)) return { ...data, color: FADED_NODE_COLOUR, label: '', zIndex: 0 };
    const focused = node === this.hovered || node === this.selected;
    return { ...data, forceLabel: true, highlighted: focused, zIndex: focused ? 2 : 1 };
  }

  private reduceEdge(edge: string, data: TieEdge): Partial<EdgeDisplayData> {
    if (this.neighbourhood.size === 0 || this.light) return data;
    const focus = this.hovered ?? this.selected;
    const [source, target] = this.graph.extremities(edge);
    if (source === focus || target === focus) return { ...data, size: data.size + 0.8, zIndex: 1 };
    return { ...data, color: FADED_EDGE_COLOUR, zIndex: 0 };
  }
}

function isLarge(graph: NetworkGraph): boolean {
  return graph.size > MANY_TIES;
}

/** The same organisations, sharing their attribute objects (so positions carry over), with no ties. */
function withoutTies(graph: NetworkGraph): NetworkGraph {
  // Multi, like the whole network: two organisations may be tied in more than one way.
  const copy = new MultiUndirectedGraph<OrganisationNode, TieEdge>();
  graph.forEachNode((node, attributes) => copy.addNode(node, attributes));
  return copy;
}
