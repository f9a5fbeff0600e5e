import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Observable, catchError, map, of } from 'rxjs';
import { PLACE_LEVEL_LABELS, type Result } from '@cg/shared/domain';
import {
  ArchivePlaceGQL,
  CreatePlaceGQL,
  CreatePlaceInput,
  PlaceFieldsFragment,
  PlaceOptionGQL,
  PlaceOptionsGQL,
  PlaceSummaryFragment,
  RestorePlaceGQL,
  UpdatePlaceGQL,
  UpdatePlaceInput,
} from '../../generated/graphql';
import { runSave } from '../partnerships/partnership-editor';
import { placeSearchFilter } from './place-list.store';

export type PlaceFields = PlaceFieldsFragment;

/** A place to choose in a single-choice picker: its name, and its level and parent as detail. */
export interface PlaceChoice {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

/** A place as pickers offer it: "Millbrook", with "Ward, in Northby" as detail. */
export function toPlaceOption(place: PlaceSummaryFragment & { readonly parent?: { readonly name: string } | null }): PlaceChoice {
  return {
    id: place.id,
    label: place.name,
    detail: [PLACE_LEVEL_LABELS[place.level], place.parent ? `in ${place.parent.name}` : null].filter(Boolean).join(', '),
  };
}

/** Lists of places, and the children of the place a change happened in, are stale after it. */
function forgetPlaceLists(cache: ApolloCache, parentId: string | null): void {
  cache.evict({ fieldName: 'places' });
  if (parentId) cache.evict({ id: cache.identify({ __typename: 'Place', id: parentId }), fieldName: 'children' });
  cache.gc();
}

/** Adds, changes, archives and restores custom places; and searches places for pickers. */
@Injectable({ providedIn: 'root' })
export class PlaceEditor {
  private readonly optionsGql = inject(PlaceOptionsGQL);
  private readonly optionGql = inject(PlaceOptionGQL);
  private readonly createGql = inject(CreatePlaceGQL);
  private readonly updateGql = inject(UpdatePlaceGQL);
  private readonly archiveGql = inject(ArchivePlaceGQL);
  private readonly restoreGql = inject(RestorePlaceGQL);

  /** Places whose name or code contains the text, by name; null when the search failed. */
  search(text: string, first = 12): Observable<readonly PlaceChoice[] | null> {
    const filter = placeSearchFilter(text);
    return this.optionsGql.fetch({ variables: { first, ...(filter ? { filter } : {}) }, fetchPolicy: 'cache-first' }).pipe(
      map((result) => (result.data?.places.nodes ?? []).map(toPlaceOption)),
      catchError(() => of(null)),
    );
  }

  /** One place as a picker option; null when it is missing, archived or could not be loaded. */
  async option(id: string): Promise<PlaceChoice | null> {
    const result = await runSave(this.optionGql.fetch({ variables: { id } }), (d) => d.place);
    return result.ok && !result.value.archivedAt ? toPlaceOption(result.value) : null;
  }

  create(input: CreatePlaceInput): Promise<Result<PlaceFields>> {
    return runSave(
      this.createGql.mutate({ variables: { input }, update: (cache) => forgetPlaceLists(cache, String(input.parentId)) }),
      (d) => d.createPlace,
    );
  }

  /** A stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdatePlaceInput): Promise<Result<PlaceFields>> {
    return runSave(this.updateGql.mutate({ variables: { input } }), (d) => d.updatePlace);
  }

  archive(place: Pick<PlaceFields, 'id' | 'version' | 'parentId'>): Promise<Result<PlaceFields>> {
    return runSave(
      this.archiveGql.mutate({
        variables: { input: { id: place.id, version: place.version } },
        update: (cache) => forgetPlaceLists(cache, place.parentId),
      }),
      (d) => d.archivePlace,
    );
  }

  restore(place: Pick<PlaceFields, 'id' | 'version' | 'parentId'>): Promise<Result<PlaceFields>> {
    return runSave(
      this.restoreGql.mutate({
        variables: { input: { id: place.id, version: place.version } },
        update: (cache) => forgetPlaceLists(cache, place.parentId),
      }),
      (d) => d.restorePlace,
    );
  }
}
