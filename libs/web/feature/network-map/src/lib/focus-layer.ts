import type Sigma from 'sigma';
import { NetworkGraph, OrganisationNode, TieEdge } from './network-graph';
import { TIE_STYLES } from './palette';

const ARROW_LENGTH = 9;
const ARROW_WIDTH = 7;
/** Lays over everything else while something is highlighted, as fading does on small networks. */
const VEIL = 'rgba(255, 255, 255, 0.82)';
const LABEL_COLOUR = '#1c1b1f';

/** What the layer shows: an organisation, its partners and the ties between it and them. */
export interface Focus {
  readonly organisation: string;
  readonly partners: ReadonlySet<string>;
  readonly ties: readonly string[];
}

/**
 * The highlight of a large network, drawn on a 2D canvas of its own above sigma's organisations:
 * a veil over the rest, the highlighted organisation's ties, then it and its partners with their
 * names. Highlighting through sigma's reducers re-processed all 20,000 organisations on every hover
 * (4 fps without a GPU); this way sigma's drawing is left as it is and hovering costs a few lines.
 */
export class FocusLayer {
  private readonly canvas: HTMLCanvasElement;
  private focus: Focus | null = null;
  /** Whether the canvas has anything on it: an untouched layer costs the compositor nothing. */
  private drawn = false;
  private frame = 0;

  constructor(
    private readonly sigma: Sigma<OrganisationNode, TieEdge>,
    private graph: NetworkGraph,
    private readonly labelFont: string,
  ) {
    sigma.createCanvasContext('focus');
    const canvases = sigma.getCanvases();
    this.canvas = canvases['focus'];
    // Above sigma's ties and organisations, below its labels and the hovered organisation.
    canvases['nodes'].after(this.canvas);
    // A context made after start-up keeps the 300×150 default until sigma's next resize: size it now.
    sigma.resize(true);
    sigma.on('afterRender', () => this.draw());
  }

  /** Shows this highlight of `graph` (or none) on the next frame. */
  show(graph: NetworkGraph, focus: Focus | null): void {
    this.graph = graph;
    this.focus = focus;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Draws at once, for an export. */
  drawNow(): void {
    this.draw();
  }

  private draw(): void {
    const focus = this.focus && this.graph.hasNode(this.focus.organisation) ? this.focus : null;
    if (!this.drawn && !focus) return;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const { width, height } = this.sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    this.drawn = !!focus;
    if (!focus) return;
    context.fillStyle = VEIL;
    context.fillRect(0, 0, width, height);
    for (const edge of focus.ties) this.drawTie(context, edge);
    for (const partner of focus.partners) this.drawOrganisation(context, partner, false);
    this.drawOrganisation(context, focus.organisation, true);
  }

  private drawTie(context: CanvasRenderingContext2D, edge: string): void {
    if (!this.graph.hasEdge(edge)) return;
    const [source, target] = this.graph.extremities(edge);
    const from = this.sigma.getNodeDisplayData(source);
    const to = this.sigma.getNodeDisplayData(target);
    if (!from || !to) return;
    const a = this.sigma.framedGraphToViewport(from);
    const b = this.sigma.framedGraphToViewport(to);
    const tie = this.graph.getEdgeAttributes(edge);
    const style = TIE_STYLES[tie.kind];
    context.strokeStyle = style.swatch;
    context.fillStyle = style.swatch;
    context.lineWidth = style.size + 0.8;
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
    if (tie.type === 'arrow') arrowhead(context, a, b, this.sigma.scaleSize(to.size));
  }

  /** An organisation as a disc in its sector's colour with a white rim, and its name beside it. */
  private drawOrganisation(context: CanvasRenderingContext2D, id: string, focused: boolean): void {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data) return;
    const { x, y } = this.sigma.framedGraphToViewport(data);
    const radius = Math.max(focused ? 6 : 4, this.sigma.scaleSize(data.size));
    context.beginPath();
    context.arc(x, y, radius, 0, 2 * Math.PI);
    context.fillStyle = data.color;
    context.fill();
    context.lineWidth = focused ? 3 : 1.5;
    context.strokeStyle = '#ffffff';
    context.stroke();
    context.font = `${focused ? 600 : 500} 13px ${this.labelFont}`;
    context.lineWidth = 4;
    context.lineJoin = 'round';
    context.strokeText(data.label ?? '', x + radius + 4, y + 4);
    context.fillStyle = LABEL_COLOUR;
    context.fillText(data.label ?? '', x + radius + 4, y + 4);
  }
}

interface Point {
  x: number;
  y: number;
}

/** An arrowhead touching the rim of the organisation the tie points to. */
function arrowhead(context: CanvasRenderingContext2D, from: Point, to: Point, radius: number): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= radius + ARROW_LENGTH) return;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const tipX = to.x - ux * radius;
  const tipY = to.y - uy * radius;
  const baseX = tipX - ux * ARROW_LENGTH;
  const baseY = tipY - uy * ARROW_LENGTH;
  context.beginPath();
  context.moveTo(tipX, tipY);
  context.lineTo(baseX - (uy * ARROW_WIDTH) / 2, baseY + (ux * ARROW_WIDTH) / 2);
  context.lineTo(baseX + (uy * ARROW_WIDTH) / 2, baseY - (ux * ARROW_WIDTH) / 2);
  context.closePath();
  context.fill();
}
