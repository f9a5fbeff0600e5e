import { OrganisationEntity, PlaceEntity } from '@cg/api/core/database';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationType, PlaceLevel, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

// Factories for the partnerships, projects and funding tests. Organisations and places are
// written straight to the database (they are another feature's concern); partnerships,
// memberships, projects and funding go through the API, as a person would make them.

let sequence = 0;
const next = () => ++sequence;

/** A small piece of the UK: England > two local authorities > a ward in the first. */
export interface PlaceTree {
  england: string;
  leeds: string;
  leedsWard: string;
  york: string;
}

export async function makePlaceTree(dataSource: DataSource): Promise<PlaceTree> {
  const n = next();
  const repo = dataSource.getRepository(PlaceEntity);
  const place = (code: string, name: string, level: PlaceLevel, path: string, parentId: string | null) =>
    repo.save(repo.create({ code, name, level, path, parentId }));
  const country = `E92${String(n).padStart(6, '0')}`;
  const england = await place(country, `England ${n}`, PlaceLevel.COUNTRY, country, null);
  const leedsCode = `E08${String(n).padStart(6, '0')}`;
  const leeds = await place(leedsCode, `Leeds ${n}`, PlaceLevel.LOCAL_AUTHORITY, `${country}.${leedsCode}`, england.id);
  const wardCode = `E05${String(n).padStart(6, '0')}`;
  const ward = await place(
    wardCode,
    `Harehills ${n}`,
    PlaceLevel.WARD,
    `${country}.${leedsCode}.${wardCode}`,
    leeds.id,
  );
  const yorkCode = `E06${String(n).padStart(6, '0')}`;
  const york = await place(yorkCode, `York ${n}`, PlaceLevel.LOCAL_AUTHORITY, `${country}.${yorkCode}`, england.id);
  return { england: england.id, leeds: leeds.id, leedsWard: ward.id, york: york.id };
}

export async function makeOrganisation(
  dataSource: DataSource,
  overrides: Partial<Pick<OrganisationEntity, 'name' | 'type' | 'homePlaceId'>> = {},
): Promise<OrganisationEntity> {
  const type = overrides.type ?? OrganisationType.CHARITY;
  const repo = dataSource.getRepository(OrganisationEntity);
  return repo.save(
    repo.create({
      name: overrides.name ?? `Organisation ${next()}`,
      type,
      sector: SECTOR_OF_TYPE[type],
      homePlaceId: overrides.homePlaceId ?? null,
    }),
  );
}

export async function makeOrganisations(
  dataSource: DataSource,
  count: number,
  prefix = 'Org',
): Promise<OrganisationEntity[]> {
  const repo = dataSource.getRepository(OrganisationEntity);
  const rows = Array.from({ length: count }, (_, index) =>
    repo.create({
      name: `${prefix} ${String(index).padStart(3, '0')}`,
      type: OrganisationType.CHARITY,
      sector: SECTOR_OF_TYPE[OrganisationType.CHARITY],
    }),
  );
  return repo.save(rows);
}

export interface Created {
  id: string;
  version: number;
}

const CREATE_PARTNERSHIP = `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id version } }`;
const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
const ADD_PARTICIPANT = `mutation ($input: AddParticipantInput!) { addProjectParticipant(input: $input) { id version } }`;
const CREATE_FUNDING = `mutation ($input: CreateFundingInput!) { createFunding(input: $input) { id version } }`;

export async function createPartnership(
  client: GraphQLTestClient,
  input: Record<string, unknown> = {},
): Promise<Created> {
  const data = await client.data<{ createPartnership: Created }>(CREATE_PARTNERSHIP, {
    input: { name: `Partnership ${next()}`, governanceModel: 'SHARED_LEADERSHIP', ...input },
  });
  return data.createPartnership;
}

export async function addMembership(
  client: GraphQLTestClient,
  partnershipId: string,
  organisationId: string,
  input: Record<string, unknown> = {},
): Promise<Created> {
  const data = await client.data<{ addMembership: Created }>(ADD_MEMBERSHIP, {
    input: { partnershipId, organisationId, role: 'CORE_MEMBER', ...input },
  });
  return data.addMembership;
}

export async function createProject(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Created> {
  const data = await client.data<{ createProject: Created }>(CREATE_PROJECT, {
    input: { name: `Project ${next()}`, ...input },
  });
  return data.createProject;
}

export async function addParticipant(
  client: GraphQLTestClient,
  projectId: string,
  organisationId: string,
  input: Record<string, unknown> = {},
): Promise<Created> {
  const data = await client.data<{ addProjectParticipant: Created }>(ADD_PARTICIPANT, {
    input: { projectId, organisationId, role: 'DELIVERY_PARTNER', ...input },
  });
  return data.addProjectParticipant;
}

export async function createFunding(client: GraphQLTestClient, input: Record<string, unknown>): Promise<Created> {
  const data = await client.data<{ createFunding: Created }>(CREATE_FUNDING, { input: { amount: 1000, ...input } });
  return data.createFunding;
}

/** Rows in a table, for "wrote nothing" checks. */
export async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return row.count;
}
