import { Field, Float, ID, Int, ReturnTypeFunc } from '@nestjs/graphql';
import { MAX_MONEY, Visibility } from '@cg/shared/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DateScalar } from '../scalars/date.scalar';

// One definition of each kind of field that record inputs share: its GraphQL type and its
// validation, with messages that name the field. Every one but RecordId and VersionField is
// optional, because the `…Fields` classes serve create and update alike (updates send only what
// changed); a create input makes a field required by redeclaring it with @Required. Every field
// keeps at least one class-validator decorator: the validation pipe's whitelist drops the others.

type EnumLike = Record<string, string | number>;

/** Applies decorators that need the property's name, for messages such as "budget must not be negative". */
function named(build: (name: string) => PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of build(String(key))) decorate(target, key);
  };
}

/** "an organisation", "a place": the article a record kind takes in a message. */
function withArticle(kind: string): string {
  return /^[aeiou]/i.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Text, as long as `max` characters (and at least `min` when given). */
export function OptionalText(options: { max: number; min?: number; description?: string }): PropertyDecorator {
  const { max, min, description } = options;
  return named((name) => [
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString({ message: `${name} must be text` }),
    min === undefined
      ? MaxLength(max, { message: `${name} must be at most ${max} characters` })
      : Length(min, max, { message: `${name} must be between ${min} and ${max} characters` }),
  ]);
}

/** An email address. */
export function OptionalEmail(): PropertyDecorator {
  return named((name) => [
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsEmail({}, { message: `${name} must be an email address` }),
  ]);
}

/** The id of one record of `kind` ("place", "organisation"). */
export function OptionalId(kind: string, description?: string): PropertyDecorator {
  return named((name) => [
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsUUID('all', { message: `${name} must be ${withArticle(kind)} id` }),
  ]);
}

/**
 * A required field: on a create input that redeclares a field of its `…Fields` class, or on a
 * plain input. The non-null GraphQL type is what refuses a missing value (class-validator lets an
 * inherited @IsOptional outrank @IsDefined); @IsDefined still matters, because the validation
 * pipe's whitelist drops any field that has no class-validator decorator at all.
 */
export function Required(type?: ReturnTypeFunc, description?: string): PropertyDecorator {
  return named((name) => [
    type ? Field(type, { description }) : Field({ description }),
    IsDefined({ message: `${name} is required` }),
  ]);
}

/** The id of the record an input names (`id`, `partnershipId`): required. */
export function RecordId(kind: string, description?: string): PropertyDecorator {
  return named((name) => [
    Field(() => ID, { description }),
    IsUUID('all', { message: `${name} must be ${withArticle(kind)} id` }),
  ]);
}

/** The version the user last read, for the optimistic-concurrency check on update. */
export function VersionField(
  description = 'The version you read; if someone changed it since, you get CONFLICT.',
): PropertyDecorator {
  return named((name) => [
    Field(() => Int, { description }),
    IsInt({ message: `${name} must be a whole number` }),
    Min(1, { message: `${name} must be 1 or more` }),
  ]);
}

/** Ids of up to `max` records of `kind`: a set of links, replaced whole on update. */
export function IdList(kind: string, max: number, description: string): PropertyDecorator {
  return named((name) => [
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    IsArray({ message: `${name} must be a list` }),
    ArrayMaxSize(max, { message: `${name} can hold at most ${max} ids` }),
    IsUUID('all', { each: true, message: `${name} must hold ${kind} ids` }),
  ]);
}

/** One value of `enumType`; `meaning` finishes "status must be …" (e.g. "a project status"). */
export function OptionalEnum(enumType: EnumLike, meaning: string, description?: string): PropertyDecorator {
  return named((name) => [
    Field(() => enumType, { nullable: true, description }),
    IsOptional(),
    IsEnum(enumType, { message: `${name} must be ${meaning}` }),
  ]);
}

/** A list of values of `enumType`; `meaning` finishes "missions must hold …". */
export function OptionalEnumList(enumType: EnumLike, meaning: string): PropertyDecorator {
  return named((name) => [
    Field(() => [enumType], { nullable: true }),
    IsOptional(),
    IsArray({ message: `${name} must be a list` }),
    IsEnum(enumType, { each: true, message: `${name} must hold ${meaning}` }),
  ]);
}

/** A finite number, such as an indicator's reading. */
export function OptionalNumber(description?: string): PropertyDecorator {
  return named((name) => [
    Field(() => Float, { nullable: true, description }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${name} must be a number` }),
  ]);
}

/** An amount in pounds: pence at most, never negative. */
export function OptionalPounds(description = 'Pounds (GBP).'): PropertyDecorator {
  return named((name) => [
    Field(() => Float, { nullable: true, description }),
    IsOptional(),
    IsNumber({ maxDecimalPlaces: 2 }, { message: `${name} must be an amount in pounds with at most 2 decimal places` }),
    Min(0, { message: `${name} must not be negative` }),
    Max(MAX_MONEY, { message: `${name} is too large` }),
  ]);
}

/** A whole number from `min` (to `max` when given), e.g. a 1-to-5 rating or an attendance count. */
export function OptionalWholeNumber(options: { min: number; max?: number; description?: string }): PropertyDecorator {
  const { min, max, description } = options;
  return named((name) => {
    const range = max === undefined ? undefined : `${name} must be a whole number from ${min} to ${max}`;
    return [
      Field(() => Int, { nullable: true, description }),
      IsOptional(),
      IsInt({ message: range ?? `${name} must be a whole number` }),
      Min(min, { message: range ?? `${name} must be ${min} or more` }),
      ...(max === undefined ? [] : [Max(max, { message: range })]),
    ];
  });
}

/** A calendar day (the Date scalar checks its shape). */
export function OptionalDate(description?: string): PropertyDecorator {
  return applyAll([Field(() => DateScalar, { nullable: true, description }), IsOptional()]);
}

export function OptionalBoolean(description?: string): PropertyDecorator {
  return named((name) => [
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean({ message: `${name} must be true or false` }),
  ]);
}

/** Free-text themes: up to 20, each 1 to 60 characters. */
export function ThemesField(): PropertyDecorator {
  return named((name) => [
    Field(() => [String], { nullable: true }),
    IsOptional(),
    IsArray({ message: `${name} must be a list` }),
    ArrayMaxSize(20, { message: `${name} can hold at most 20 themes` }),
    IsString({ each: true, message: `${name} must hold text` }),
    Length(1, 60, { each: true, message: `each of ${name} must be between 1 and 60 characters` }),
  ]);
}

/** Who may see the record (docs/domain.md, visibility). */
export function VisibilityField(): PropertyDecorator {
  return OptionalEnum(Visibility, 'PUBLIC, PARTNERS or PRIVATE');
}

/** The organisation that owns the record: its admins and coordinators may change it. */
export function OwnerOrganisationField(): PropertyDecorator {
  return OptionalId('organisation', 'The organisation whose record this is.');
}

function applyAll(decorators: PropertyDecorator[]): PropertyDecorator {
  return named(() => decorators);
}
