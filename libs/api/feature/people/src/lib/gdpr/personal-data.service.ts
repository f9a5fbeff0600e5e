import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import { PersonEntity, RecordWriter } from '@cg/api/core/database';
import { DomainError, notFound, OrganisationRole } from '@cg/shared/domain';
import { DataSource, DeepPartial } from 'typeorm';

/** What an erased person is called from then on; counts of people stay right. */
export const ERASED_NAME = 'Erased person';

/**
 * UK GDPR rights over the people (contacts) we hold: a subject access export of
 * everything about a person, and erasure that removes personal data while the
 * anonymous row stays, so counts (attendance, lived-experience seats) stay true.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  /** Only an instance admin or an admin of the organisation that holds the record. */
  async assertMayManage(user: SessionUser | undefined, personId: string): Promise<void> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const [person] = await this.dataSource.query('SELECT owner_organisation_id FROM person WHERE id = $1', [personId]);
    if (!person) throw notFound('person', personId);
    const isOwnerAdmin = user.memberships.some((m) => m.organisationId === person.owner_organisation_id && m.role === OrganisationRole.ORG_ADMIN);
    if (!user.isInstanceAdmin && !isOwnerAdmin) {
      throw new DomainError('FORBIDDEN', 'Only an administrator of the organisation that holds this person’s record can do this.');
    }
  }

  /** Everything held about the person, as one JSON document. */
  async export(personId: string): Promise<Record<string, unknown>> {
    const q = (sql: string) => this.dataSource.query(sql, [personId]);
    const [person] = await q(
      `SELECT full_name AS "fullName", email, phone, lived_experience AS "livedExperience",
              community_representative AS "communityRepresentative", lawful_basis AS "lawfulBasis",
              consent_date AS "consentDate", consent_purpose AS "consentPurpose", private_notes AS "privateNotes",
              visibility, created_at AS "createdAt", updated_at AS "updatedAt", archived_at AS "archivedAt", erased_at AS "erasedAt"
       FROM person WHERE id = $1`,
    );
    if (!person) throw notFound('person', personId);
    return {
      exportedAt: new Date().toISOString(),
      about: 'Everything Common Ground holds about this person, under UK GDPR Article 15.',
      person,
      affiliations: await q(
        `SELECT o.name AS organisation, a.title, a.from_date AS "fromDate", a.to_date AS "toDate", a.is_primary AS "isPrimary"
         FROM affiliation a JOIN organisation o ON o.id = a.organisation_id WHERE a.person_id = $1 ORDER BY a.from_date NULLS LAST`,
      ),
      activities: await q(
        `SELECT a.date, a.kind, a.title, p.name AS project, pa.name AS partnership
         FROM activity_person ap JOIN activity a ON a.id = ap.activity_id
         LEFT JOIN project p ON p.id = a.project_id LEFT JOIN partnership pa ON pa.id = a.partnership_id
         WHERE ap.person_id = $1 ORDER BY a.date`,
      ),
      stories: await q(
        `SELECT s.title, s.body, s.quote, s.attribution, s.consent_given AS "consentGiven", s.consent_date AS "consentDate", s.date, o.title AS outcome
         FROM story s JOIN outcome o ON o.id = s.outcome_id WHERE s.person_id = $1 ORDER BY s.date`,
      ),
      changeHistory: await q(
        `SELECT at, action, record_type AS "recordType", changes FROM audit_log
         WHERE record_id = $1 OR record_id IN (SELECT id FROM affiliation WHERE person_id = $1)
            OR record_id IN (SELECT id FROM story WHERE person_id = $1)
         ORDER BY at`,
      ),
    };
  }

  /**
   * Erases the person's personal data as one write through the gate: the contact row keeps
   * only anonymous facts, affiliation titles and story attributions go, their stories are
   * archived, and the audit trail of those records loses its before/after values. The erasure's
   * own audit row says only when, never what was erased.
   */
  erase(personId: string, expectedVersion: number, actorId: string | null): Promise<void> {
    const erasedAt = new Date();
    return this.writer.transaction(async (manager) => {
      await this.writer.update(PersonEntity, personId, expectedVersion, { ...ERASED_FIELDS, erasedAt }, { userId: actorId }, {
        manager,
        children: async (rows) => {
          const [person] = await manager.query('SELECT erased_at FROM person WHERE id = $1', [personId]);
          if (person.erased_at) throw new DomainError('BAD_USER_INPUT', 'This person’s personal data has already been erased.');
          // The trail of the person, their affiliations and stories keeps what changed, not the values.
          await rows.write(
            `UPDATE audit_log SET changes = (SELECT coalesce(jsonb_object_agg(key, '{"before": "erased", "after": "erased"}'::jsonb), '{}'::jsonb)
                                             FROM jsonb_object_keys(changes) AS key)
             WHERE record_id = $1 OR record_id IN (SELECT id FROM affiliation WHERE person_id = $1)
                OR record_id IN (SELECT id FROM story WHERE person_id = $1)`,
            [personId],
          );
          await rows.write(`UPDATE affiliation SET title = NULL, version = version + 1, updated_at = now() WHERE person_id = $1`, [personId]);
          await rows.write(
            `UPDATE story SET attribution = NULL, quote = NULL, person_id = NULL, archived_at = coalesce(archived_at, now()),
                    version = version + 1, updated_at = now()
             WHERE person_id = $1`,
            [personId],
          );
          return {};
        },
        auditAs: () => ({ erasedAt: { before: null, after: erasedAt.toISOString() } }),
      });
    });
  }
}

/** What erasure leaves of a contact: the name says so, everything else personal is gone. */
const ERASED_FIELDS: DeepPartial<PersonEntity> = {
  fullName: ERASED_NAME,
  email: null,
  phone: null,
  privateNotes: null,
  consentPurpose: null,
  consentDate: null,
  lawfulBasis: null,
};
