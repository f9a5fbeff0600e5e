import { registerEnumType } from '@nestjs/graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending (A to Z, oldest first) or descending.',
});

/** Where NULLs go; give it for every sort key whose column can be NULL. */
export type NullsOrder = 'FIRST' | 'LAST';
