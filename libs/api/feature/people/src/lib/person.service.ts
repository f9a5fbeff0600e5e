import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AffiliationEntity,
  currentAffiliationSql,
  findRecord,
  PersonEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  ListShape,
  liveRecords,
  pageOfList,
  SortDirection,
  SortInputValue,
  SortSpec,
} from '@cg/api/core/graphql';
import { badInput, LawfulBasis, notFound } from '@cg/shared/domain';
import { DataSource, DeepPartial, EntityManager, Not } from 'typeorm';
import { AddAffiliationInput, EndAffiliationInput, UpdateAffiliationInput } from './dto/affiliation.input';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PersonFilter, PersonSortField } from './person-list.types';

/** Name matches run on the trigram index, then row-level security judges the candidates. */
const NAME_MATCH = { fn: 'cg_match_person_full_name', id: 'p.id' };

const FILTER: FilterFieldMap<PersonFilter> = {
  name: { column: 'p.full_name', kind: 'string', matchedBy: NAME_MATCH },
  livedExperience: { column: 'p.lived_experience', kind: 'boolean' },
  communityRepresentative: { column: 'p.community_representative', kind: 'boolean' },
  organisation: (organisations, alias) =>
    idCondition(organisations, (ids) => `EXISTS (SELECT 1 FROM affiliation a WHERE a.person_id = ${alias}.id AND a.organisation_id = ANY(${ids})
      AND ${currentAffiliationSql('a')})`),
  // Read by list() at the top level; as a condition it asks for nothing.
  includeArchived: () => ({ sql: 'TRUE' }),
};

const SORT = { NAME: 'lower(p.full_name)', CREATED_AT: 'p.created_at', UPDATED_AT: 'p.updated_at' };
const BY_NAME: SortSpec[] = [{ sql: 'lower(p.full_name)', direction: SortDirection.ASC }];

/** Consent as a lawful basis needs the day it was given. */
function checkConsent(values: { lawfulBasis?: LawfulBasis | null; consentDate?: string | null }) {
  if (values.lawfulBasis === LawfulBasis.CONSENT && !values.consentDate) {
    throw badInput(
      'consentDate',
      'consentDate is required when the lawful basis is CONSENT: record the day consent was given.',
    );
  }
}

function checkDates(fromDate: string | null | undefined, toDate: string | null | undefined) {
  if (fromDate && toDate && toDate < fromDate) {
    throw badInput('toDate', `toDate (${toDate}) must not be before fromDate (${fromDate}).`);
  }
}

const LIST: ListShape<PersonFilter, PersonSortField> = {
  filters: FILTER,
  sorts: SORT,
  defaultOrder: BY_NAME,
  search: { column: 'p.full_name', matchedBy: NAME_MATCH, param: 'personSearch' },
};

@Injectable()
export class PersonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<PersonEntity> {
    return findRecord(this.dataSource, PersonEntity, 'person', id);
  }

  /** People, filtered, sorted and paged; with `search`, fuzzy name matches, best first. */
  list(
    args: ConnectionArgsInput,
    filter?: PersonFilter | null,
    sort?: SortInputValue<PersonSortField>[] | null,
    search?: string | null,
  ): Promise<ConnectionOf<PersonEntity>> {
    const records = liveRecords(this.dataSource, PersonEntity, 'p', filter?.includeArchived ?? false);
    return pageOfList(records, LIST, { args, filter, sort, search });
  }

  create(input: CreatePersonInput, actor: Actor): Promise<PersonEntity> {
    checkConsent(input);
    return this.writer.create(PersonEntity, input as DeepPartial<PersonEntity>, actor);
  }

  async update(input: UpdatePersonInput, actor: Actor): Promise<PersonEntity> {
    const { id, version, ...changes } = input;
    const current = await this.findById(id);
    checkConsent({
      lawfulBasis: changes.lawfulBasis === undefined ? current.lawfulBasis : changes.lawfulBasis,
      consentDate: changes.consentDate === undefined ? current.consentDate : changes.consentDate,
    });
    return this.writer.update(PersonEntity, id, version, changes as DeepPartial<PersonEntity>, actor);
  }

  archive(id: string, version: number, actor: Actor): Promise<PersonEntity> {
    return this.writer.archive(PersonEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<PersonEntity> {
    return this.writer.restore(PersonEntity, id, version, actor);
  }

  async findAffiliation(id: string): Promise<AffiliationEntity> {
    const affiliation = await this.dataSource.getRepository(AffiliationEntity).findOneBy({ id });
    if (!affiliation) throw notFound('affiliation', id);
    return affiliation;
  }

  addAffiliation(input: AddAffiliationInput, actor: Actor): Promise<AffiliationEntity> {
    checkDates(input.fromDate, input.toDate);
    return this.writer.transaction(async (manager) => {
      const person = await manager.findOneBy(PersonEntity, { id: input.personId });
      if (!person) throw badInput('personId', `No person has the id ${input.personId}.`);
      const created = await this.writer.create(
        AffiliationEntity,
        { ...input, isPrimary: input.isPrimary ?? false },
        actor,
        { manager },
      );
      if (created.isPrimary) await this.demoteOthers(manager, created, actor);
      return created;
    });
  }

  async updateAffiliation(input: UpdateAffiliationInput, actor: Actor): Promise<AffiliationEntity> {
    const { id, version, ...changes } = input;
    const current = await this.findAffiliation(id);
    checkDates(
      changes.fromDate === undefined ? current.fromDate : changes.fromDate,
      changes.toDate === undefined ? current.toDate : changes.toDate,
    );
    return this.writer.transaction(async (manager) => {
      const saved = await this.writer.update(
        AffiliationEntity,
        id,
        version,
        changes as DeepPartial<AffiliationEntity>,
        actor,
        { manager },
      );
      if (changes.isPrimary) await this.demoteOthers(manager, saved, actor);
      return saved;
    });
  }

  /** Records the last day of an affiliation; it stays in the person's history. */
  async endAffiliation(input: EndAffiliationInput, actor: Actor): Promise<AffiliationEntity> {
    const current = await this.findAffiliation(input.id);
    checkDates(current.fromDate, input.toDate);
    return this.writer.update(AffiliationEntity, input.id, input.version, { toDate: input.toDate }, actor);
  }

  archiveAffiliation(id: string, version: number, actor: Actor): Promise<AffiliationEntity> {
    return this.writer.archive(AffiliationEntity, id, version, actor);
  }

  /**
   * A person has one primary affiliation: the others stop being primary, each a write of its
   * own (rights, version, audit row with its owner). Whoever could not change one of them
   * cannot make another primary. No version is asked: the user never read these.
   */
  private async demoteOthers(manager: EntityManager, primary: AffiliationEntity, actor: Actor): Promise<void> {
    const others = await manager.findBy(AffiliationEntity, {
      personId: primary.personId,
      isPrimary: true,
      id: Not(primary.id),
    });
    for (const other of others)
      await this.writer.update(AffiliationEntity, other.id, null, { isPrimary: false }, actor, { manager });
  }
}
