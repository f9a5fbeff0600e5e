import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { FilterColumn } from './compile-filter';
import { BaseFilter, FilterField } from './filter-input';
import { DateTimeFilter, IdFilter } from './scalar-filters';

/**
 * Base of the filters of records that have an id and a creation time (organisations,
 * partnerships, projects, funding): the two fields every one of their lists can filter on.
 * Subclasses add their own fields and take `@FilterInputType()`; `isAbstract` lets them inherit these.
 */
@InputType({ isAbstract: true })
export abstract class RecordFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
  @FilterField(() => DateTimeFilter) createdAt?: DateTimeFilter;
}

/** How RecordFilter's fields map to the columns of the record under `alias`: spread into a FilterFieldMap. */
export function recordFilterColumns(alias: string): { id: FilterColumn; createdAt: FilterColumn } {
  return { id: { column: `${alias}.id`, kind: 'id' }, createdAt: { column: `${alias}.created_at`, kind: 'date' } };
}

/** `includeArchived` on a top-level list filter: archived `records` are left out unless asked for. */
export function IncludeArchivedField(records: string): PropertyDecorator {
  return (target, key) => {
    Field(() => Boolean, {
      nullable: true,
      description: `Include archived ${records} (top level only; left out by default).`,
    })(target, key);
    IsOptional()(target, key);
    IsBoolean({ message: `${String(key)} must be true or false` })(target, key);
  };
}
