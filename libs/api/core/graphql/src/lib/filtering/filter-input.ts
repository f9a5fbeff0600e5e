import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { Field, InputType, InputTypeOptions } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

/** Most filters an `and`/`or` list may hold. */
export const MAX_FILTER_BRANCHES = 20;

/**
 * Base of every list filter: `and`, `or` and `not` combine filters of the same type.
 * The GraphQL fields for them are added by `@FilterInputType()`, which knows the type.
 */
export abstract class BaseFilter {
  and?: this[] | null;
  or?: this[] | null;
  not?: this | null;
}

/**
 * `@InputType()` for a filter, plus `and: [Self!]`, `or: [Self!]` and `not: Self`,
 * validated recursively. Use on classes that extend BaseFilter.
 */
export function FilterInputType(name?: string, options: InputTypeOptions = {}): ClassDecorator {
  return (target) => {
    const self = target as unknown as ClassType<unknown>;
    const branches = (description: string) =>
      applyDecorators(
        Field(() => [self], { nullable: true, description }),
        IsOptional(),
        IsArray(),
        ArrayMaxSize(MAX_FILTER_BRANCHES),
        ValidateNested({ each: true }),
        Type(() => self),
      );
    branches('Every one of these filters holds.')(target.prototype, 'and');
    branches('At least one of these filters holds.')(target.prototype, 'or');
    applyDecorators(
      Field(() => self, { nullable: true, description: 'This filter does not hold.' }),
      IsOptional(),
      ValidateNested(),
      Type(() => self),
    )(target.prototype, 'not');
    (name ? InputType(name, options) : InputType(options))(target);
  };
}

/** A nullable filter field with nested validation: `@FilterField(() => StringFilter) name?: StringFilter`. */
export function FilterField(type: () => ClassType<unknown>, options: { description?: string } = {}): PropertyDecorator {
  return applyDecorators(Field(type, { nullable: true, ...options }), IsOptional(), ValidateNested(), Type(type));
}
