import { Type } from '@nestjs/common';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { SortDirection } from './sort-direction';
import { SortInputValue } from './sort-spec';

// GraphQL type names are global: one class per name, however many times it is asked for.
const sortInputs = new Map<string, { fields: object; type: Type<unknown> }>();

/**
 * `SortInput(OrganisationSortField, 'Organisation')` registers the enum as
 * `OrganisationSortField` and returns the input `OrganisationSort { field, direction = ASC }`.
 */
export function SortInput<E extends Record<string, string>>(fields: E, name: string): Type<SortInputValue<E[keyof E]>> {
  const typeName = `${name}Sort`;
  const existing = sortInputs.get(typeName);
  if (existing) {
    if (existing.fields !== fields) throw new Error(`${typeName} is already defined for another enum.`);
    return existing.type as Type<SortInputValue<E[keyof E]>>;
  }
  registerEnumType(fields, { name: `${name}SortField` });

  @InputType(typeName, { description: `One key of the order of a ${name} list; earlier keys win.` })
  class SortInputType {
    @Field(() => fields)
    @IsEnum(fields)
    field!: E[keyof E];

    @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC })
    @IsOptional()
    @IsEnum(SortDirection)
    direction?: SortDirection | null;
  }
  Object.defineProperty(SortInputType, 'name', { value: typeName });
  sortInputs.set(typeName, { fields, type: SortInputType });
  return SortInputType;
}
