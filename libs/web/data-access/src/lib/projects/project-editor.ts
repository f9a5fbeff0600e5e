import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  AddParticipantInput,
  AddProjectParticipantGQL,
  CreateProjectGQL,
  CreateProjectInput,
  PartnershipNameGQL,
  ProjectFieldsFragment,
  ProjectPageDocument,
  ProjectParticipantFieldsFragment,
  RemoveProjectParticipantGQL,
  UpdateParticipantInput,
  UpdateProjectGQL,
  UpdateProjectInput,
  UpdateProjectParticipantGQL,
} from '../../generated/graphql';
import { runSave } from '../partnerships/partnership-editor';

export type ProjectFields = ProjectFieldsFragment;
export type ProjectParticipant = ProjectParticipantFieldsFragment;

/** Creates and changes projects and their participating organisations. */
@Injectable({ providedIn: 'root' })
export class ProjectEditor {
  private readonly createGql = inject(CreateProjectGQL);
  private readonly updateGql = inject(UpdateProjectGQL);
  private readonly addGql = inject(AddProjectParticipantGQL);
  private readonly updateParticipantGql = inject(UpdateProjectParticipantGQL);
  private readonly removeGql = inject(RemoveProjectParticipantGQL);
  private readonly partnershipNameGql = inject(PartnershipNameGQL);

  create(input: CreateProjectInput): Promise<Result<ProjectFields>> {
    return runSave(
      this.createGql.mutate({
        variables: { input },
        // The partnership page lists its projects, and the lists count them.
        update: (cache) => {
          if (input.partnershipId) cache.evict({ id: cache.identify({ __typename: 'Partnership', id: input.partnershipId }), fieldName: 'projects' });
          cache.evict({ fieldName: 'projects' });
          cache.gc();
        },
      }),
      (d) => d.createProject,
    );
  }

  /** A stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdateProjectInput): Promise<Result<ProjectFields>> {
    return runSave(this.updateGql.mutate({ variables: { input } }), (d) => d.updateProject);
  }

  addParticipant(input: AddParticipantInput): Promise<Result<ProjectParticipant>> {
    return runSave(
      this.addGql.mutate({ variables: { input }, refetchQueries: [{ query: ProjectPageDocument, variables: { id: input.projectId } }], awaitRefetchQueries: true }),
      (d) => d.addProjectParticipant,
    );
  }

  updateParticipant(projectId: string, input: UpdateParticipantInput): Promise<Result<ProjectParticipant>> {
    return runSave(
      this.updateParticipantGql.mutate({ variables: { input }, refetchQueries: [{ query: ProjectPageDocument, variables: { id: projectId } }], awaitRefetchQueries: true }),
      (d) => d.updateProjectParticipant,
    );
  }

  removeParticipant(projectId: string, id: string, version: number): Promise<Result<{ id: string }>> {
    return runSave(
      this.removeGql.mutate({
        variables: { input: { id, version } },
        refetchQueries: [{ query: ProjectPageDocument, variables: { id: projectId } }],
        awaitRefetchQueries: true,
      }),
      (d) => d.removeProjectParticipant,
    );
  }

  /** The name of a partnership, for a new project started from its page; null if it cannot be read. */
  partnershipName(id: string): Observable<{ id: string; name: string } | null> {
    return this.partnershipNameGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
      map((r) => r.data?.partnership ?? null),
      catchError(() => of(null)),
    );
  }
}
