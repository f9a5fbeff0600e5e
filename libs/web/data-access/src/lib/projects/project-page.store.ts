import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { ProjectPageGQL, ProjectPageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';

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
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<ProjectPageState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id, attempt }) =>
        this.pageGql
          .watch({ variables: { id }, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network' })
          .valueChanges.pipe(
            map(toPageState),
            startWith<ProjectPageState>({ status: 'loading' }),
            catchError((error) =>
              of<ProjectPageState>(isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
            ),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(id: string): void {
    this.request.update((current) => (current?.id === id ? current : { id, attempt: 0 }));
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}

function toPageState(result: ObservableQuery.Result<ProjectPageQuery>): ProjectPageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') {
    return { status: 'ready', project: result.data.project, funding: result.data.fundings };
  }
  return { status: 'loading' };
}
