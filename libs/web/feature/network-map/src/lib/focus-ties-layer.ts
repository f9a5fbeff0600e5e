import type Sigma from 'sigma';
import { NetworkGraph, OrganisationNode, TieEdge } from './network-graph';
import { TIE_STYLES } from './palette';

const ARROW_LENGTH = 9;
const ARROW_WIDTH = 7;

/**
 * The highlighted organisation's ties on a large network, drawn on a 2D canvas layer of their own
 * between sigma's ties and organisations. Adding them to the graph sigma draws would make sigma
 * re-process all 20,000 organisations on every hover (13 fps); a few lines on a canvas cost nothing.
 */
export class FocusTiesLayer {
  private readonly canvas: HTMLCanvasElement;
  private ties: readonly string[] = [];
  /** Whether the canvas has lines on it: an untouched layer costs the compositor nothing per frame. */
  private drawn = false;

  constructor(
    private readonly sigma: Sigma<OrganisationNode, TieEdge>,
    private graph: NetworkGraph,
  ) {
    // sigma keeps canvas contexts it made sized to the container (and scaled for the pixel ratio).
    sigma.createCanvasContext('focusTies');
    const canvases = sigma.getCanvases();
    this.canvas = canvases['focusTies'];
    // Above sigma's ties, below its organisations and labels.
    canvases['nodes'].before(this.canvas);
    // A new context is sized on sigma's next resize; this one, forced, sizes it now.
    sigma.resize(true);
    sigma.on('afterRender', () => this.draw());
  }

  /** Shows these ties of `graph` (none to clear) from the next frame on. */
  show(graph: NetworkGraph, ties: readonly string[]): void {
    this.graph = graph;
    this.ties = ties;
  }

  private draw(): void {
    if (!this.drawn && this.ties.length === 0) return;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const { width, height } = this.sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    this.drawn = this.ties.length > 0;
    for (const edge of this.ties) {
      if (!this.graph.hasEdge(edge)) continue;
      const [source, target] = this.graph.extremities(edge);
      const from = this.sigma.getNodeDisplayData(source);
      const to = this.sigma.getNodeDisplayData(target);
      if (!from || !to) continue;
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
      if (tie.type === 'arrow') this.arrowhead(context, a, b, this.sigma.scaleSize(to.size));
    }
  }

  /** An arrowhead touching the edge of the organisation the tie points to. */
  private arrowhead(context: CanvasRenderingContext2D, from: Point, to: Point, radius: number): void {
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
}

interface Point {
  x: number;
  y: number;
}
