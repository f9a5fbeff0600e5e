import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import { ProjectPageGQL, ProjectPageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';
import { RequestStore } from '../graphql/request-store';

export type ProjectDetail = ProjectPageQuery['project'];
export type ProjectFunding = ProjectPageQuery['fundings'];

export type ProjectPageState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly project: ProjectDetail; readonly funding: ProjectFunding };

/** One project with its participants, funding and outcomes, as a signal; provide it on the project page. */
@Injectable()
export class ProjectPageStore {
  private readonly pageGql = inject(ProjectPageGQL);
  private readonly byId = new RequestStore<string, ProjectPageState>({
    fetch: (id, fetchPolicy) => this.pageGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toPageState)),
    loading: { status: 'loading' },
    failed: (error) => (isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
  });
  readonly state: Signal<ProjectPageState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
  }
}

function toPageState(result: ObservableQuery.Result<ProjectPageQuery>): ProjectPageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') {
    return { status: 'ready', project: result.data.project, funding: result.data.fundings };
  }
  return { status: 'loading' };
}
