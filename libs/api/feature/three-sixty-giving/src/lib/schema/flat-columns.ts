import { SchemaNode } from './grant-schema';

/** Where a flat CSV column's value goes in the grant: a path, and the JSON type it must become. */
export interface ColumnTarget {
  path: (string | number)[];
  type: 'string' | 'number';
}

type Titles = Map<string, { key: string; node: SchemaNode }>;

function resolveRef(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  if (!ref) return node;
  return root.$defs?.[ref.replace('#/$defs/', '')];
}

/** Properties by title, and by name for those without one (`currency` is only a reference). */
function titlesOf(node: SchemaNode | undefined): Titles {
  const titles: Titles = new Map();
  for (const [key, child] of Object.entries(node?.properties ?? {}))
    titles.set((child.title ?? key).toLowerCase(), { key, node: child });
  return titles;
}

function typeOf(node: SchemaNode | undefined): 'string' | 'number' {
  const type = Array.isArray(node?.type) ? node?.type : [node?.type];
  return type.includes('number') || type.includes('integer') ? 'number' : 'string';
}

/**
 * The 360Giving flat CSV form names columns by the schema's titles: "Amount Awarded",
 * "Recipient Org:Identifier", "Beneficiary Location:1:Geographic Code" for a second location.
 * Reads a column heading into where its value goes, from the schema itself (so a new version of
 * the standard brings its columns), or null for a heading the standard does not know.
 */
export function columnTarget(root: SchemaNode, heading: string): ColumnTarget | null {
  const parts = heading.split(':').map((part) => part.trim());
  const top = titlesOf(root).get(parts[0].toLowerCase());
  if (!top) return null;
  if (parts.length === 1)
    return top.node.type === 'array' ? null : { path: [top.key], type: typeOf(resolveRef(root, top.node)) };
  const item = resolveRef(root, top.node.items);
  let index = 0;
  let rest = parts.slice(1);
  if (rest.length === 2 && /^\d+$/.test(rest[0])) {
    index = Number(rest[0]);
    rest = rest.slice(1);
  }
  if (rest.length !== 1) return null;
  const child = titlesOf(item).get(rest[0].toLowerCase());
  if (!child || child.node.type === 'array') return null;
  return { path: [top.key, index, child.key], type: typeOf(child.node) };
}

/** The columns every flat file must have to make a grant the schema accepts (organisation recipients). */
export const REQUIRED_HEADINGS = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Award Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
];
