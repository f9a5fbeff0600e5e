import { PersonEntity } from '@cg/api/core/database';
import { LawfulBasis } from '@cg/shared/domain';
import { CsvKindSpec, mentioned, sameName } from './kind-spec';
import { ownedBy } from './org-ref-sql';

/** Contacts, recognised again by email, else by full name, among the importer's own. */
export const PEOPLE: CsvKindSpec<PersonEntity> = {
  kind: 'people',
  entity: PersonEntity,
  fields: [
    { name: 'fullName', label: 'Full name', required: true },
    { name: 'email', label: 'Email' },
    { name: 'phone', label: 'Phone' },
    { name: 'livedExperience', label: 'Lived experience', hint: 'yes or no' },
    { name: 'communityRepresentative', label: 'Community representative', hint: 'yes or no' },
    { name: 'lawfulBasis', label: 'Lawful basis', hint: Object.values(LawfulBasis).join(', ') },
    { name: 'consentDate', label: 'Consent date', hint: 'dd/mm/yyyy' },
    { name: 'consentPurpose', label: 'Consent purpose' },
  ],
  async read(r) {
    const fullName = r.text('fullName', { required: true, max: 200 });
    return {
      values: mentioned({
        fullName: fullName ?? undefined,
        email: r.email('email'),
        phone: r.text('phone', { max: 40 }),
        livedExperience: r.yesNo('livedExperience') ?? undefined,
        communityRepresentative: r.yesNo('communityRepresentative') ?? undefined,
        lawfulBasis: r.choice('lawfulBasis', LawfulBasis),
        consentDate: r.day('consentDate'),
        consentPurpose: r.text('consentPurpose', { max: 1000 }),
      }),
      pending: [],
      label: fullName ?? '',
    };
  },
  find(m, { values }, owner) {
    const qb = m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.owner_organisation_id = :owner AND p.archived_at IS NULL', { owner });
    if (values.email) qb.andWhere('p.email = :email', { email: values.email });
    else if (values.fullName)
      qb.andWhere('p.full_name ILIKE :name AND p.email IS NULL', { name: sameName(values.fullName) });
    else return Promise.resolve(null);
    return qb.orderBy('p.created_at').getOne();
  },
  batchKeys: ({ values }) =>
    values.email ? [`email:${values.email}`] : values.fullName ? [`name:${String(values.fullName).toLowerCase()}`] : [],
  exportSql: `SELECT p.full_name AS "fullName", p.email, p.phone,
      CASE WHEN p.lived_experience THEN 'yes' ELSE 'no' END AS "livedExperience",
      CASE WHEN p.community_representative THEN 'yes' ELSE 'no' END AS "communityRepresentative",
      p.lawful_basis AS "lawfulBasis", p.consent_date::text AS "consentDate", p.consent_purpose AS "consentPurpose", p.visibility
    FROM person p WHERE p.archived_at IS NULL AND p.erased_at IS NULL AND ${ownedBy('p')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};
