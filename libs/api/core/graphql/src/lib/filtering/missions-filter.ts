import { Field, InputType } from '@nestjs/graphql';
import { LevellingUpMission } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { SqlCondition } from '../sql/sql-params';

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
