import { DataSource } from 'typeorm';

// Prerequisite records for the activities, needs and outcomes tests, inserted with SQL so
// these tests do not depend on other features' mutations. Each returns the new id.

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

async function insert(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await db.query(sql, params);
  return rows[0].id;
}

export function makeOrganisation(db: DataSource, name = unique('Organisation')): Promise<string> {
  return insert(db, `INSERT INTO organisation (name, type, sector) VALUES ($1, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`, [name]);
}

export function makePerson(db: DataSource, fullName = unique('Person')): Promise<string> {
  return insert(db, `INSERT INTO person (full_name) VALUES ($1) RETURNING id`, [fullName]);
}

export function makePartnership(db: DataSource, name = unique('Partnership')): Promise<string> {
  return insert(db, `INSERT INTO partnership (name, governance_model) VALUES ($1, 'SHARED_LEADERSHIP') RETURNING id`, [name]);
}

export function makeProject(db: DataSource, name = unique('Project'), partnershipId: string | null = null): Promise<string> {
  return insert(db, `INSERT INTO project (name, partnership_id) VALUES ($1, $2) RETURNING id`, [name, partnershipId]);
}

/** A place under `parentId` (or a root), its ltree path built from the parent's. */
export async function makePlace(db: DataSource, name = unique('Place'), parentId: string | null = null): Promise<string> {
  const code = unique('X').replace(/-/g, '_');
  const [parent] = parentId ? await db.query('SELECT path FROM place WHERE id = $1', [parentId]) : [null];
  const path = parent ? `${parent.path}.${code}` : code;
  return insert(
    db,
    `INSERT INTO place (code, name, level, parent_id, path) VALUES ($1, $2, 'CUSTOM', $3, $4::ltree) RETURNING id`,
    [code, name, parentId, path],
  );
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export async function tableCount(db: DataSource, table: string): Promise<number> {
  return Number((await db.query(`SELECT count(*) FROM ${table}`))[0].count);
}

export async function auditActions(db: DataSource, recordId: string): Promise<string[]> {
  const rows: { action: string }[] = await db.query('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [recordId]);
  return rows.map((row) => row.action);
}
