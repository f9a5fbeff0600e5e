import {
  Connection,
  DateFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  RecordFilter,
  MissionListFilter,
  SortInput,
  StringFilter,
  StringListFilter,
} from '@cg/api/core/graphql';
import { ProjectStatus } from '@cg/shared/domain';
import { Project } from '@cg/api/core/record-types';

export const ProjectConnection = Connection(Project);
export const ProjectStatusFilter = EnumFilter(ProjectStatus, 'ProjectStatus');

export enum ProjectSortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  CREATED_AT = 'CREATED_AT',
}
export const ProjectSort = SortInput(ProjectSortField, 'Project');

@FilterInputType()
export class ProjectFilter extends RecordFilter {
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => ProjectStatusFilter) status?: EnumFilterValue<ProjectStatus>;
  @FilterField(() => IdFilter, { description: 'Belongs to one of these partnerships.' }) partnership?: IdFilter;
  @FilterField(() => IdFilter, { description: 'Has one of these organisations as a participant (not archived).' })
  participantOrganisation?: IdFilter;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => MissionListFilter) missions?: MissionListFilter;
  @FilterField(() => IdFilter, { description: 'Works in a place inside (or equal to) one of these places.' })
  withinPlace?: IdFilter;
  @FilterField(() => DateFilter) startDate?: DateFilter;
  @FilterField(() => DateFilter) endDate?: DateFilter;
}
