import {
  BaseFilter,
  Connection,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  IntFilter,
  SortInput,
  StringFilter,
} from '@cg/api/core/graphql';
import { PlaceLevel } from '@cg/shared/domain';
import { Place } from '@cg/api/core/record-types';

export const PlaceConnection = Connection(Place);
export const PlaceLevelFilter = EnumFilter(PlaceLevel, 'PlaceLevel');

export enum PlaceSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  LEVEL = 'LEVEL',
  IMD_RANK = 'IMD_RANK',
}
export const PlaceSort = SortInput(PlaceSortField, 'Place');

@FilterInputType()
export class PlaceFilter extends BaseFilter {
  @FilterField(() => PlaceLevelFilter) level?: EnumFilterValue<PlaceLevel>;
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => StringFilter, { description: 'The GSS code, or the code of a custom place.' }) code?: StringFilter;
  @FilterField(() => IdFilter, { description: 'Inside (or equal to) any of these places.' }) withinPlace?: IdFilter;
  @FilterField(() => IntFilter, { description: 'IMD 2019 decile; 1 is the most deprived tenth.' })
  imdDecile?: IntFilter;
}
