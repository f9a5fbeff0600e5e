import * as ts from 'typescript';

/*
 * Finds writes in feature code that would bypass RecordWriter (issue #10). Syntactic, so it
 * is quick and needs no type information: write SQL anywhere except as the statement given
 * to ChildRows.write, and TypeORM write methods on anything that looks like an EntityManager,
 * DataSource, Repository, QueryRunner or query builder. PostgreSQL refuses what slips past at
 * run time (migration WriteGate); this names the line before it ever runs.
 */

const WRITE_SQL = /\b(INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|TRUNCATE|MERGE\s+INTO)\b/i;
const WRITE_METHODS = new Set([
  'save',
  'insert',
  'update',
  'delete',
  'upsert',
  'remove',
  'softDelete',
  'softRemove',
  'increment',
  'decrement',
  'clear',
]);
/** Receivers that are (or lead to) TypeORM's writers, by the names this codebase gives them. */
const DATABASE_RECEIVER =
  /manager|dataSource|getRepository\(|createQueryBuilder\(|queryRunner|repository|connection|^(m|db|em|qb|repo|runner)$/i;

export interface FeatureWrite {
  line: number;
  text: string;
}

/**
 * Marks a file whose writes are the system's own work, never a user's change: imports of official
 * reference data run with no request scope (`runAsSystem`), as the login role, which the database's
 * gate does not judge. The reason must follow the mark; the spec lists every file that carries it.
 */
const SYSTEM_WORK = /^\/\/ write-gate: system work, because \S.{10,}$/m;

/** Whether the file says, with a reason, that its writes are the system's own (see SYSTEM_WORK). */
export function isSystemWork(source: string): boolean {
  return SYSTEM_WORK.test(source);
}

/** The writes in one source file that do not go through RecordWriter. */
export function findBypassingWrites(fileName: string, source: string): FeatureWrite[] {
  if (isSystemWork(source)) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: FeatureWrite[] = [];
  const report = (node: ts.Node) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: node.getText().split('\n')[0],
    });
  const visit = (node: ts.Node): void => {
    if (isSqlText(node) && WRITE_SQL.test(node.getText()) && !isChildRowsStatement(node)) report(node);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { name, expression: receiver } = node.expression;
      if (WRITE_METHODS.has(name.text) && DATABASE_RECEIVER.test(receiver.getText())) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isSqlText(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** The statement argument of `rows.write(…)`, which runs inside RecordWriter with the gate open. */
function isChildRowsStatement(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== node) return false;
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'write';
}
