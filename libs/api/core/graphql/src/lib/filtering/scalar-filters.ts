import { applyDecorators } from '@nestjs/common';
import { Field, Float, GqlTypeReference, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { DateScalar, ISO_DATE } from '../scalars/date.scalar';

/** Longest `in`/`any`/`all` list a filter accepts: a guard against giant statements. */
export const MAX_FILTER_LIST = 500;
const MAX_TEXT = 500;

// Every condition given must hold; an absent or null condition is no condition.

/** A nullable condition of the given GraphQL type, with the validators for its value. */
function Condition(type: GqlTypeReference, validators: PropertyDecorator[], description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => type, { nullable: true, description }),
    IsOptional(),
    ...validators,
  );
}

/** A nullable list condition (`in`, `any`, `all`), bounded in length. */
function ListCondition(
  type: GqlTypeReference,
  validators: PropertyDecorator[],
  description?: string,
): PropertyDecorator {
  return applyDecorators(
    Field(() => [type], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_FILTER_LIST),
    ...validators,
  );
}

@InputType({ description: 'Conditions on a text field.' })
export class StringFilter {
  @Condition(String, [IsString(), MaxLength(MAX_TEXT)], 'Exactly this text.') eq?: string | null;
  @ListCondition(String, [IsString({ each: true })], 'Any of these texts.') in?: string[] | null;
  @Condition(
    String,
    [IsString(), MaxLength(MAX_TEXT)],
    'The whole text, ignoring case; `*` matches any run of characters, everything else (even % and _) is literal.',
  )
  ilike?: string | null;
  @Condition(String, [IsString(), MaxLength(MAX_TEXT)], 'Contains this text, ignoring case; the text is literal.')
  contains?: string | null;
}

@InputType({ description: 'Conditions on a record id.' })
export class IdFilter {
  @Condition(ID, [IsUUID('all', { message: 'eq must be a record id' })]) eq?: string | null;
  @ListCondition(ID, [IsUUID('all', { each: true, message: 'in must hold record ids' })]) in?: string[] | null;
}

@InputType({ description: 'Conditions on a whole-number field.' })
export class IntFilter {
  @Condition(Int, [IsInt()]) eq?: number | null;
  @ListCondition(Int, [IsInt({ each: true })]) in?: number[] | null;
  @Condition(Int, [IsInt()]) gt?: number | null;
  @Condition(Int, [IsInt()]) gte?: number | null;
  @Condition(Int, [IsInt()]) lt?: number | null;
  @Condition(Int, [IsInt()]) lte?: number | null;
}

@InputType({ description: 'Conditions on a decimal field.' })
export class FloatFilter {
  @Condition(Float, [IsNumber()]) eq?: number | null;
  @ListCondition(Float, [IsNumber({}, { each: true })]) in?: number[] | null;
  @Condition(Float, [IsNumber()]) gt?: number | null;
  @Condition(Float, [IsNumber()]) gte?: number | null;
  @Condition(Float, [IsNumber()]) lt?: number | null;
  @Condition(Float, [IsNumber()]) lte?: number | null;
}

const isDay = () => Matches(ISO_DATE, { message: '$property must be a date such as 2025-03-31' });

@InputType({ description: 'Conditions on a calendar-date field (YYYY-MM-DD).' })
export class DateFilter {
  @Condition(DateScalar, [isDay()]) eq?: string | null;
  @Condition(DateScalar, [isDay()]) gt?: string | null;
  @Condition(DateScalar, [isDay()]) gte?: string | null;
  @Condition(DateScalar, [isDay()]) lt?: string | null;
  @Condition(DateScalar, [isDay()]) lte?: string | null;
}

// The DateTime scalar turns any string into a Date, valid or not; IsDate refuses "Invalid Date".
const isInstant = () => [
  Type(() => Date),
  IsDate({ message: '$property must be a date-time such as 2025-03-31T09:30:00Z' }),
];

@InputType({ description: 'Conditions on a timestamp field (ISO 8601 date-time).' })
export class DateTimeFilter {
  @Condition(GraphQLISODateTime, isInstant()) eq?: Date | null;
  @Condition(GraphQLISODateTime, isInstant()) gt?: Date | null;
  @Condition(GraphQLISODateTime, isInstant()) gte?: Date | null;
  @Condition(GraphQLISODateTime, isInstant()) lt?: Date | null;
  @Condition(GraphQLISODateTime, isInstant()) lte?: Date | null;
}

@InputType({ description: 'Conditions on a yes/no field.' })
export class BooleanFilter {
  @Condition(Boolean, [IsBoolean()]) eq?: boolean | null;
}

@InputType({ description: 'Conditions on a list of texts, such as themes.' })
export class StringListFilter {
  @ListCondition(String, [IsString({ each: true })], 'Has at least one of these.') any?: string[] | null;
  @ListCondition(String, [IsString({ each: true })], 'Has all of these.') all?: string[] | null;
}
