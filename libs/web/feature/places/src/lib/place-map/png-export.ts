import { HATCH_ID, type LegendEntry } from './shading';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PictureNotes {
  readonly title: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
  readonly credits: string;
  /** A line under the legend, such as what the dots mean. */
  readonly note?: string;
}

/**
 * The map as a PNG at twice its size: the drawing itself (every colour is an attribute, so it
 * needs no stylesheet), with a title, the legend and the data credits added below it.
 */
export async function mapPicture(svg: SVGSVGElement, notes: PictureNotes): Promise<Blob> {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 800 560').split(' ').map(Number);
  const footer = 130;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('viewBox', `0 0 ${width} ${height + footer + 28}`);
  copy.setAttribute('width', String(width * 2));
  copy.setAttribute('height', String((height + footer + 28) * 2));

  const add = (tag: string, attributes: Record<string, string | number>, text?: string, parent: Element = copy) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text) node.textContent = text;
    parent.appendChild(node);
    return node;
  };
  const drawing = add('g', { transform: 'translate(0 28)' });
  while (copy.firstChild && copy.firstChild !== drawing) drawing.appendChild(copy.firstChild);
  copy.insertBefore(add('rect', { x: 0, y: 0, width, height: height + footer + 28, fill: '#ffffff' }), copy.firstChild);
  const font = { 'font-family': 'Roboto, Arial, sans-serif', fill: '#1b1b1b' };
  add('text', { x: 16, y: 20, 'font-size': 16, 'font-weight': 600, ...font }, notes.title);
  const top = height + 28 + 12;
  add('text', { x: 16, y: top + 10, 'font-size': 12, 'font-weight': 600, ...font }, notes.legendTitle);
  notes.legend.forEach((entry, i) => {
    const x = 16 + (i % 6) * 128;
    const y = top + 20 + Math.floor(i / 6) * 20;
    add('rect', { x, y, width: 14, height: 14, fill: entry.colour, stroke: '#1b1b1b', 'stroke-width': 0.5 });
    if (entry.hatched)
      add('rect', { x, y, width: 14, height: 14, fill: `url(#${HATCH_ID})`, 'fill-opacity': 0.55, stroke: '#1b1b1b' });
    add('text', { x: x + 20, y: y + 11, 'font-size': 11, ...font }, entry.label);
  });
  if (notes.note) add('text', { x: 16, y: top + 66, 'font-size': 11, ...font }, notes.note);
  // The credits, one sentence a line, so they fit the width.
  notes.credits
    .split(/(?<=\.) /)
    .forEach((line, i, lines) =>
      add('text', { x: 16, y: height + footer + 24 - (lines.length - 1 - i) * 11, 'font-size': 9, ...font }, line),
    );

  const source = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = (height + footer + 28) * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png'),
  );
}
