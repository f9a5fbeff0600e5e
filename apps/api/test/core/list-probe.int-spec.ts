import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import { loadConfig } from '@cg/api/core/config';
import { OrganisationEntity } from '@cg/api/core/database';
import {
  applyFilter,
  BaseFilter,
  byIdBatch,
  Connection,
  ConnectionArgs,
  ConnectionOf,
  defineLoader,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  groupedBatch,
  IdFilter,
  LoaderRegistry,
  Loaders,
  paginate,
  SortDirection,
  SortInput,
  SortInputValue,
  StringFilter,
  toSortSpecs,
} from '@cg/api/core/graphql';
import { signInAdministrator } from '../support/test-app';
import { countQueries, createTestDatabase, GraphQLTestClient, TestDatabase } from '@cg/api/testing';
import { OrganisationType, SECTOR_OF_TYPE, Sector } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app/app.module';

// A list resolver built the way a feature would build one, mounted only in this test.

@ObjectType()
class ProbeOrganisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  ownerOrganisationId!: string | null;
}

enum ProbeOrganisationSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

const ProbeOrganisationConnection = Connection(ProbeOrganisation);
const ProbeOrganisationSort = SortInput(ProbeOrganisationSortField, 'ProbeOrganisation');
const ProbeSectorFilter = EnumFilter(Sector, 'Sector');

@FilterInputType()
class ProbeOrganisationFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => ProbeSectorFilter) sector?: EnumFilterValue<Sector>;
}

const organisationById = defineLoader<string, OrganisationEntity | null>(
  'probeOrganisationById',
  (db) => (ids) => byIdBatch(db.getRepository(OrganisationEntity), ids),
);
const organisationsByOwner = defineLoader<string, OrganisationEntity[]>(
  'probeOrganisationsByOwner',
  (db) => async (ownerIds) => {
    const rows = await db
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.owner_organisation_id = ANY(:ownerIds)', { ownerIds: [...ownerIds] })
      .orderBy('o.name')
      .getMany();
    return groupedBatch(ownerIds, rows, (row) => row.ownerOrganisationId as string);
  },
);

@Resolver(() => ProbeOrganisation)
class ProbeOrganisationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => ProbeOrganisationConnection)
  probeOrganisations(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => ProbeOrganisationFilter, nullable: true }) filter?: ProbeOrganisationFilter,
    @Args('sort', { type: () => [ProbeOrganisationSort], nullable: true })
    sort?: SortInputValue<ProbeOrganisationSortField>[],
  ): Promise<ConnectionOf<OrganisationEntity>> {
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.archived_at IS NULL');
    applyFilter(qb, filter, {
      id: { column: 'o.id', kind: 'id' },
      name: { column: 'o.name', kind: 'string' },
      sector: { column: 'o.sector', kind: 'enum' },
    });
    return paginate(qb, {
      args: page,
      sort: toSortSpecs(sort, { NAME: 'o.name', CREATED_AT: 'o.created_at' }, [
        { sql: 'o.name', direction: SortDirection.ASC },
      ]),
      idColumn: 'o.id',
    });
  }

  @ResolveField(() => ProbeOrganisation, { nullable: true })
  owner(
    @Parent() organisation: ProbeOrganisation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> | null {
    return organisation.ownerOrganisationId
      ? loaders.get(organisationById).load(organisation.ownerOrganisationId)
      : null;
  }

  @ResolveField(() => [ProbeOrganisation])
  owned(@Parent() organisation: ProbeOrganisation, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity[]> {
    return loaders.get(organisationsByOwner).load(organisation.id);
  }
}

@Module({ providers: [ProbeOrganisationResolver] })
class ProbeModule {}

const LIST = `query List($first: Int, $after: String, $last: Int, $filter: ProbeOrganisationFilter, $sort: [ProbeOrganisationSort!]) {
  probeOrganisations(first: $first, after: $after, last: $last, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name } }
    nodes { id name owner { id name } owned { name } }
  }
}`;

interface ListData {
  probeOrganisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
    nodes: { id: string; name: string; owner: { id: string; name: string } | null; owned: { name: string }[] }[];
  };
}

describe('a list resolver built from the shared machinery, over HTTP', () => {
  let app: INestApplication;
  let database: TestDatabase;
  let dataSource: DataSource;
  let client: GraphQLTestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = {
      ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }),
      schemaFile: undefined,
      webDist: undefined,
    };
    @Module({ imports: [AppModule.forRoot(config, database.url), ProbeModule] })
    class ProbeApp {}
    app = await NestFactory.create(ProbeApp, { logger: ['error', 'warn'], abortOnError: false });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    client = new GraphQLTestClient(url, await signInAdministrator(app, url));
    dataSource = app.get<DataSource>(getDataSourceToken());
    // 3 owners, each owning 6 of 18 members.
    for (let index = 0; index < 21; index++) {
      const type = index < 3 ? OrganisationType.LOCAL_AUTHORITY : OrganisationType.CHARITY;
      await dataSource.query('INSERT INTO organisation (name, type, sector) VALUES ($1, $2, $3)', [
        index < 3 ? `Owner ${index}` : `Member ${String(index).padStart(2, '0')}`,
        type,
        SECTOR_OF_TYPE[type],
      ]);
    }
    await dataSource.query(`
      UPDATE organisation m SET owner_organisation_id = o.id
      FROM organisation o
      WHERE m.name LIKE 'Member %' AND o.name = 'Owner ' || (substring(m.name from 8)::int % 3)`);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('serves a Relay connection with a fixed number of statements however many rows it shows', async () => {
    const counter = countQueries(dataSource);
    const { probeOrganisations: list } = await client.data<ListData>(LIST, { first: 21 });
    const statements = counter.stop();
    expect(list.totalCount).toBe(21);
    expect(list.nodes).toHaveLength(21);
    expect(list.edges.map((edge) => edge.node.id)).toEqual(list.nodes.map((node) => node.id));
    const member = list.nodes.find((node) => node.name === 'Member 04');
    expect(member?.owner?.name).toBe('Owner 1');
    expect(list.nodes.find((node) => node.name === 'Owner 1')?.owned).toHaveLength(6);
    // session lookup + page + count + one batch for all owners + one batch for all owned lists
    expect(statements).toBe(5);
  });

  it('pages with the cursors it hands out, under a client sort and filter', async () => {
    const variables = { filter: { name: { ilike: 'member*' } }, sort: [{ field: 'NAME', direction: 'DESC' }] };
    const first = (await client.data<ListData>(LIST, { ...variables, first: 10 })).probeOrganisations;
    const second = (await client.data<ListData>(LIST, { ...variables, first: 10, after: first.pageInfo.endCursor }))
      .probeOrganisations;
    expect(first.totalCount).toBe(18);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const names = [...first.nodes, ...second.nodes].map((node) => node.name);
    expect(names).toEqual(Array.from({ length: 18 }, (_, index) => `Member ${String(20 - index).padStart(2, '0')}`));
  });

  it('starts each request with empty loaders, so no answer outlives its request', async () => {
    const ownerOf = async () =>
      (await client.data<ListData>(LIST, { filter: { name: { eq: 'Member 03' } } })).probeOrganisations.nodes[0].owner
        ?.name;
    expect(await ownerOf()).toBe('Owner 0');
    await dataSource.query("UPDATE organisation SET name = 'Owner Zero' WHERE name = 'Owner 0'");
    expect(await ownerOf()).toBe('Owner Zero');
  });

  it.each([
    [{ first: 500 }, 'first', /First must be a whole number from 0 to 200/],
    [{ first: 5, last: 5 }, 'last', /either first or last/],
    [{ after: 'bogus' }, 'after', /The cursor "bogus" is not valid for this list/],
    [{ filter: { or: [{ id: { eq: 'not-an-id' } }] } }, 'or.0.id.eq', /record id/],
  ])('answers bad list input %j with BAD_USER_INPUT on %s', async (variables, field, message) => {
    const result = await client.request<ListData>(LIST, variables);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.errors?.[0].message).toMatch(message);
  });
});
