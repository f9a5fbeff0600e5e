import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Observable, firstValueFrom } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  AddAffiliationGQL,
  AddAffiliationInput,
  ArchiveAffiliationGQL,
  ArchivePersonGQL,
  CreatePersonGQL,
  CreatePersonInput,
  EndAffiliationGQL,
  ErasePersonGQL,
  PersonPageDocument,
  PersonalDataExportGQL,
  RestorePersonGQL,
  UpdateAffiliationGQL,
  UpdateAffiliationInput,
  UpdatePersonGQL,
  UpdatePersonInput,
} from '../../generated/graphql';
import type { PersonAffiliation, PersonDetail } from './person-page.store';

/**
 * Every change to people and their affiliations, and the UK GDPR export. People lists and the
 * affected organisations' "People" are dropped from the cache after a write, so they load afresh
 * next time they are shown; the person's own page is updated from the answer or asked again.
 */
@Injectable({ providedIn: 'root' })
export class PersonEditor {
  private readonly createGql = inject(CreatePersonGQL);
  private readonly updateGql = inject(UpdatePersonGQL);
  private readonly archiveGql = inject(ArchivePersonGQL);
  private readonly restoreGql = inject(RestorePersonGQL);
  private readonly eraseGql = inject(ErasePersonGQL);
  private readonly addAffiliationGql = inject(AddAffiliationGQL);
  private readonly updateAffiliationGql = inject(UpdateAffiliationGQL);
  private readonly endAffiliationGql = inject(EndAffiliationGQL);
  private readonly archiveAffiliationGql = inject(ArchiveAffiliationGQL);
  private readonly exportGql = inject(PersonalDataExportGQL);

  create(input: CreatePersonInput): Promise<Result<PersonDetail>> {
    return write(
      this.createGql.mutate({ variables: { input }, update: (cache) => forgetLists(cache) }),
      (d) => d.createPerson,
    );
  }

  update(input: UpdatePersonInput, organisationIds: readonly string[] = []): Promise<Result<PersonDetail>> {
    return write(
      this.updateGql.mutate({ variables: { input }, update: (cache) => forgetLists(cache, organisationIds) }),
      (d) => d.updatePerson,
    );
  }

  archive(person: PersonDetail): Promise<Result<PersonDetail>> {
    return write(
      this.archiveGql.mutate({
        variables: { input: { id: person.id, version: person.version } },
        update: (cache) => forgetLists(cache, organisationsOf(person)),
      }),
      (d) => d.archivePerson,
    );
  }

  restore(person: PersonDetail): Promise<Result<PersonDetail>> {
    return write(
      this.restoreGql.mutate({
        variables: { input: { id: person.id, version: person.version } },
        update: (cache) => forgetLists(cache, organisationsOf(person)),
      }),
      (d) => d.restorePerson,
    );
  }

  /** Erases their personal data (UK GDPR Article 17); the page is asked again to show what is left. */
  erase(person: PersonDetail, version = person.version): Promise<Result<boolean>> {
    return write(
      this.eraseGql.mutate({
        variables: { input: { id: person.id, version } },
        update: (cache) => forgetLists(cache, organisationsOf(person)),
        refetchQueries: [{ query: PersonPageDocument, variables: { id: person.id } }],
        awaitRefetchQueries: true,
      }),
      (d) => d.erasePerson,
    );
  }

  addAffiliation(input: AddAffiliationInput): Promise<Result<PersonAffiliation>> {
    return write(
      this.addAffiliationGql.mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, [String(input.organisationId)]),
        refetchQueries: [{ query: PersonPageDocument, variables: { id: String(input.personId) } }],
        awaitRefetchQueries: true,
      }),
      (d) => d.addAffiliation,
    );
  }

  updateAffiliation(
    personId: string,
    organisationId: string,
    input: UpdateAffiliationInput,
  ): Promise<Result<PersonAffiliation>> {
    return write(
      this.updateAffiliationGql.mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, [organisationId]),
        // Making one primary demotes the others, which the answer does not carry.
        refetchQueries: [{ query: PersonPageDocument, variables: { id: personId } }],
        awaitRefetchQueries: true,
      }),
      (d) => d.updateAffiliation,
    );
  }

  endAffiliation(
    affiliation: PersonAffiliation,
    toDate: string,
    version = affiliation.version,
  ): Promise<Result<PersonAffiliation>> {
    return write(
      this.endAffiliationGql.mutate({
        variables: { input: { id: affiliation.id, version, toDate } },
        update: (cache) => forgetLists(cache, [affiliation.organisationId]),
      }),
      (d) => d.endAffiliation,
    );
  }

  archiveAffiliation(personId: string, affiliation: PersonAffiliation): Promise<Result<{ id: string }>> {
    return write(
      this.archiveAffiliationGql.mutate({
        variables: { input: { id: affiliation.id, version: affiliation.version } },
        update: (cache) => forgetLists(cache, [affiliation.organisationId]),
        refetchQueries: [{ query: PersonPageDocument, variables: { id: personId } }],
        awaitRefetchQueries: true,
      }),
      (d) => d.archiveAffiliation,
    );
  }

  /** The subject access export as pretty-printed JSON text. */
  async exportPersonalData(personId: string): Promise<Result<string>> {
    try {
      const result = await firstValueFrom(
        this.exportGql.fetch({ variables: { personId }, fetchPolicy: 'network-only' }),
      );
      if (result.error || !result.data) return { ok: false, error: result.error };
      return { ok: true, value: result.data.personalDataExport };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

function organisationsOf(person: PersonDetail): string[] {
  return person.affiliations.map((a) => a.organisationId);
}

/** Drops cached people lists and these organisations' "People", so they load afresh when next shown. */
function forgetLists(cache: ApolloCache, organisationIds: readonly string[] = []): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
  for (const id of new Set(organisationIds)) {
    cache.evict({ id: cache.identify({ __typename: 'Organisation', id }), fieldName: 'people' });
  }
  cache.gc();
}

async function write<D, T>(
  mutation: Observable<{ error?: unknown; data?: D | null }>,
  pick: (data: D) => T,
): Promise<Result<T>> {
  try {
    const result = await firstValueFrom(mutation);
    if (result.error || !result.data) return { ok: false, error: result.error };
    return { ok: true, value: pick(result.data) };
  } catch (error) {
    return { ok: false, error };
  }
}
