import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The 360Giving Data Standard's grant schema (1.4.x, JSON Schema 2020-12), read from the
 * standard's own files rather than a copy: `THREESIXTYGIVING_SCHEMA_DIR`, else the shared data
 * folder beside the project (`../shared/data/threesixtygiving-standard`).
 */
export function schemaDir(): string {
  return (
    process.env['THREESIXTYGIVING_SCHEMA_DIR'] ?? resolve(process.cwd(), '../shared/data/threesixtygiving-standard')
  );
}

export interface GrantSchema {
  /** The grant schema as published, for the CSV column titles. */
  json: SchemaNode;
  validateGrant: ValidateFunction;
  validatePackage: ValidateFunction;
}

export interface SchemaNode {
  type?: string | string[];
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode & { $ref?: string };
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  rollUp?: string[];
}

let loaded: GrantSchema | undefined;

/** Compiled once per process: compiling the schema costs more than validating thousands of grants. */
export function grantSchema(dir = schemaDir()): GrantSchema {
  if (loaded) return loaded;
  const grant = JSON.parse(readFileSync(join(dir, '360-giving-schema.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(dir, '360-giving-package-schema.json'), 'utf8'));
  // The standard names the 2020-12 meta-schema by its http:// address, Ajv by https://: same draft.
  for (const schema of [grant, pkg]) delete schema.$schema;
  // strict off: the standard carries its own keywords (codelist, rollUp…) beside JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(grant);
  // The package schema 1.4.3 still points at the grant schema's 1.4.2 address: the same schema.
  const ref: string | undefined = pkg.properties?.grants?.items?.$ref;
  if (ref && ref !== grant.$id) ajv.addSchema({ ...grant, $id: ref });
  loaded = {
    json: grant,
    validateGrant: ajv.getSchema(grant.$id) as ValidateFunction,
    validatePackage: ajv.compile(pkg),
  };
  return loaded;
}

/** The schema's complaints as one sentence a person can act on: where, and what is wrong. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'does not match the 360Giving schema';
  // oneOf alternatives each add an error; the first specific one says most.
  // A grant to an organisation fails the grant-to-individuals branch too; that says nothing useful.
  const specific = errors.filter(
    (error) =>
      error.keyword !== 'oneOf' &&
      error.keyword !== 'if' &&
      !(error.keyword === 'required' && error.params['missingProperty'] === 'recipientIndividual'),
  );
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const error of chosen) {
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'grant';
    const what =
      error.keyword === 'required'
        ? `${where === 'grant' ? '' : `${where}: `}missing ${String(error.params['missingProperty'])}`
        : `${where} ${error.message ?? 'is not valid'}`;
    if (seen.has(where) && error.keyword !== 'required') continue;
    if (parts.includes(what)) continue;
    seen.add(where);
    parts.push(what);
    if (parts.length === 3) break;
  }
  return parts.join('; ');
}
