import { Injectable, inject } from '@angular/core';
import type { Result } from '@cg/shared/domain';
import {
  ActivityForEditingGQL,
  ArchiveActivityGQL,
  OrganisationRole,
  RestoreActivityGQL,
  UpdateActivityGQL,
  UpdateActivityInput,
} from '../../generated/graphql';
import { runSave } from '../partnerships/partnership-editor';
import type { SessionUser } from '../session/session.store';
import type { ActivityEntry } from './activity-log.store';

/**
 * Whether the user may change and archive activities in the log of work these organisations
 * take part in (a project's participants and owner, or a partnership's members and owner): an
 * instance admin, or a coordinator or administrator of one of them. Mirrors the API's
 * write rights for activities; the API has the last word.
 */
export function mayChangeActivities(user: SessionUser | null | undefined, takingPart: readonly (string | null | undefined)[]): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const ids = new Set(takingPart.filter((id): id is string => !!id));
  return user.memberships.some(
    (m) => ids.has(m.organisationId) && (m.role === OrganisationRole.COORDINATOR || m.role === OrganisationRole.ORG_ADMIN),
  );
}

/** Changes, archives and restores logged activities; wherever a timeline shows them. */
@Injectable({ providedIn: 'root' })
export class ActivityEditor {
  private readonly currentGql = inject(ActivityForEditingGQL);
  private readonly updateGql = inject(UpdateActivityGQL);
  private readonly archiveGql = inject(ArchiveActivityGQL);
  private readonly restoreGql = inject(RestoreActivityGQL);

  /** The activity as saved now (after someone else changed it). */
  current(id: string): Promise<Result<ActivityEntry>> {
    return runSave(this.currentGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }), (d) => d.activity);
  }

  /** A stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdateActivityInput): Promise<Result<ActivityEntry>> {
    return runSave(this.updateGql.mutate({ variables: { input } }), (d) => d.updateActivity);
  }

  archive(entry: Pick<ActivityEntry, 'id' | 'version'>): Promise<Result<ActivityEntry>> {
    return runSave(this.archiveGql.mutate({ variables: { input: { id: entry.id, version: entry.version } } }), (d) => d.archiveActivity);
  }

  restore(entry: Pick<ActivityEntry, 'id' | 'version'>): Promise<Result<ActivityEntry>> {
    return runSave(this.restoreGql.mutate({ variables: { input: { id: entry.id, version: entry.version } } }), (d) => d.restoreActivity);
  }
}
