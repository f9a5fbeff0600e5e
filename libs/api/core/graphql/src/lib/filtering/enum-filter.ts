import { Type } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { MAX_FILTER_LIST } from './scalar-filters';

/** What a `<Enum>Filter` input carries. */
export interface EnumFilterValue<V> {
  eq?: V | null;
  in?: V[] | null;
}

// GraphQL type names are global: one class per name, however many features ask for it.
const enumFilters = new Map<string, { values: object; type: Type<unknown> }>();

/**
 * `EnumFilter(Sector, 'Sector')` is the input `SectorFilter { eq, in }`. The enum must be
 * registered with GraphQL under that name (shared enums are, in domain-enums.ts).
 */
export function EnumFilter<E extends Record<string, string>>(
  values: E,
  enumName: string,
): Type<EnumFilterValue<E[keyof E]>> {
  const typeName = `${enumName}Filter`;
  const graphQLEnum: object = values; // Nest's field typing cannot see through a generic enum
  const existing = enumFilters.get(typeName);
  if (existing) {
    if (existing.values !== values) throw new Error(`${typeName} is already defined for another enum.`);
    return existing.type as Type<EnumFilterValue<E[keyof E]>>;
  }

  @InputType(typeName, { description: `Conditions on a ${enumName} field.` })
  class EnumFilterType {
    @Field(() => graphQLEnum, { nullable: true })
    @IsOptional()
    @IsEnum(values)
    eq?: E[keyof E] | null;

    @Field(() => [graphQLEnum], { nullable: true, description: 'Any of these.' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(MAX_FILTER_LIST)
    @IsEnum(values, { each: true })
    in?: E[keyof E][] | null;
  }
  Object.defineProperty(EnumFilterType, 'name', { value: typeName });
  enumFilters.set(typeName, { values, type: EnumFilterType });
  return EnumFilterType;
}
