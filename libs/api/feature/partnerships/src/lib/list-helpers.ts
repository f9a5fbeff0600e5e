import { Field, InputType } from '@nestjs/graphql';
import { badInput, IdFilter, SqlCondition } from '@cg/api/core/graphql';
import { LevellingUpMission } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { EntityManager } from 'typeorm';

/** The ids an IdFilter allows (eq and in together), or null when it asks for nothing. */
export function idsOf(filter: IdFilter): string[] | null {
  const { eq, in: list } = filter;
  if (eq != null && list != null) return list.includes(eq) ? [eq] : [];
  if (eq != null) return [eq];
  return list ?? null;
}

/** A condition on the ids an IdFilter allows: `build(':ids')` gets the bound list. */
export function idCondition(filter: IdFilter, build: (ids: string) => string): SqlCondition {
  const ids = idsOf(filter);
  if (ids === null) return { sql: 'TRUE' };
  return { sql: build(':ids'), params: { ids } };
}

/** SQL true when `placeIdColumn` lies inside (or is) one of the places in `:ids` (ltree ancestry). */
export function placeWithinSql(placeIdColumn: string, ids = ':ids'): string {
  return `${placeIdColumn} IN (SELECT d.id FROM place d WHERE d.path <@ ARRAY(SELECT w.path FROM place w WHERE w.id = ANY(${ids}::uuid[])))`;
}

@InputType('LevellingUpMissionListFilter', { description: 'Conditions on a list of Levelling Up missions.' })
export class MissionListFilter {
  @Field(() => [LevellingUpMission], { nullable: true, description: 'Has at least one of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsEnum(LevellingUpMission, { each: true, message: 'missions must be Levelling Up missions' })
  any?: LevellingUpMission[] | null;

  @Field(() => [LevellingUpMission], { nullable: true, description: 'Has all of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsEnum(LevellingUpMission, { each: true, message: 'missions must be Levelling Up missions' })
  all?: LevellingUpMission[] | null;
}

/** Filter-map entry for an enum-array column of missions. */
export function missionsCondition(column: string): (value: MissionListFilter) => SqlCondition {
  return (value) => {
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (value.any != null) {
      parts.push(`${column}::text[] && :any::text[]`);
      params['any'] = value.any;
    }
    if (value.all != null) {
      parts.push(`${column}::text[] @> :all::text[]`);
      params['all'] = value.all;
    }
    return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
  };
}

/** Refuses with BAD_USER_INPUT on `field` when `to` falls before `from`. */
export function checkDateOrder(
  from: string | null | undefined,
  to: string | null | undefined,
  field: string,
  fromName: string,
): void {
  if (from && to && to < from) throw badInput(field, `${field} must be on or after ${fromName}.`);
}

/** Refuses unknown ids with BAD_USER_INPUT naming the field; one statement. */
export async function checkIdsExist(
  manager: EntityManager,
  table: string,
  ids: readonly string[],
  field: string,
  what: string,
): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [unique]);
  const found = new Set(rows.map((row) => row.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw badInput(field, `No ${what} has the id ${missing}.`);
}
