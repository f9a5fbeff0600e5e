import { NestFactory } from '@nestjs/core';
import {
  Args,
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ID,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { GraphQLSchema, printSchema, printType } from 'graphql';
import { Sector } from '@cg/shared/domain';
import './domain-enums';
import { EnumFilter, EnumFilterValue } from './filtering/enum-filter';
import { BaseFilter, FilterField, FilterInputType } from './filtering/filter-input';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  FloatFilter,
  IdFilter,
  IntFilter,
  StringFilter,
  StringListFilter,
} from './filtering/scalar-filters';
import { ConnectionArgs } from './pagination/connection.args';
import { Connection, ConnectionOf } from './pagination/connection.type';
import { SortInput } from './sorting/sort-input';
import { SortInputValue } from './sorting/sort-spec';

@ObjectType()
class Widget {
  @Field(() => ID)
  id!: string;
}

enum WidgetSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

const WidgetConnection = Connection(Widget);
const SectorFilter = EnumFilter(Sector, 'Sector');
const WidgetSort = SortInput(WidgetSortField, 'Widget');

@FilterInputType()
class WidgetFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => IntFilter) size?: IntFilter;
  @FilterField(() => FloatFilter) score?: FloatFilter;
  @FilterField(() => DateFilter) founded?: DateFilter;
  @FilterField(() => DateTimeFilter) createdAt?: DateTimeFilter;
  @FilterField(() => BooleanFilter) active?: BooleanFilter;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => SectorFilter) sector?: EnumFilterValue<Sector>;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => WidgetConnection)
  widgets(
    @Args() _page: ConnectionArgs,
    @Args('filter', { type: () => WidgetFilter, nullable: true }) _filter?: WidgetFilter,
    @Args('sort', { type: () => [WidgetSort], nullable: true }) _sort?: SortInputValue<WidgetSortField>[],
  ): ConnectionOf<Widget> {
    throw new Error('never run');
  }
}

describe('list types in the GraphQL schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    schema = await app.get(GraphQLSchemaFactory).create([WidgetResolver]);
    await app.close();
  });

  const sdl = (name: string) => {
    const type = schema.getType(name);
    if (!type) throw new Error(`${name} is not in the schema:\n${printSchema(schema)}`);
    return printType(type).replace(/"""[^"]*"""\s*|"[^"\n]*"\s*/g, '');
  };

  it('builds <Name>Connection and <Name>Edge with nodes, pageInfo and totalCount', () => {
    expect(sdl('WidgetConnection')).toContain('edges: [WidgetEdge!]!');
    expect(sdl('WidgetConnection')).toContain('nodes: [Widget!]!');
    expect(sdl('WidgetConnection')).toContain('pageInfo: PageInfo!');
    expect(sdl('WidgetConnection')).toContain('totalCount: Int!');
    expect(sdl('WidgetEdge')).toMatch(/cursor: String!\s+node: Widget!/);
    expect(sdl('PageInfo')).toMatch(
      /hasNextPage: Boolean!\s+hasPreviousPage: Boolean!\s+startCursor: String\s+endCursor: String/,
    );
  });

  it('takes first/after/last/before and the filter and sort on the list query', () => {
    const query = printSchema(schema).replace(/"""[^"]*"""\s*|"[^"\n]*"\s*/g, '');
    expect(query).toMatch(
      /widgets\(\s*first: Int\s+after: String\s+last: Int\s+before: String\s+filter: WidgetFilter\s+sort: \[WidgetSort!\]\s*\): WidgetConnection!/,
    );
  });

  it('gives every filter and/or/not of its own type plus its fields', () => {
    const filter = sdl('WidgetFilter');
    expect(filter).toContain('and: [WidgetFilter!]');
    expect(filter).toContain('or: [WidgetFilter!]');
    expect(filter).toContain('not: WidgetFilter');
    expect(filter).toContain('sector: SectorFilter');
    expect(filter).toContain('themes: StringListFilter');
  });

  it('defines the shared scalar filters', () => {
    expect(sdl('StringFilter')).toMatch(/eq: String\s+in: \[String!\]\s+ilike: String\s+contains: String/);
    expect(sdl('IdFilter')).toMatch(/eq: ID\s+in: \[ID!\]/);
    expect(sdl('IntFilter')).toMatch(/eq: Int\s+in: \[Int!\]\s+gt: Int\s+gte: Int\s+lt: Int\s+lte: Int/);
    expect(sdl('FloatFilter')).toMatch(/eq: Float\s+in: \[Float!\]\s+gt: Float/);
    expect(sdl('DateFilter')).toMatch(/eq: Date\s+gt: Date\s+gte: Date\s+lt: Date\s+lte: Date/);
    expect(sdl('DateTimeFilter')).toMatch(/eq: DateTime\s+gt: DateTime/);
    expect(sdl('BooleanFilter')).toMatch(/eq: Boolean/);
    expect(sdl('StringListFilter')).toMatch(/any: \[String!\]\s+all: \[String!\]/);
    expect(sdl('SectorFilter')).toMatch(/eq: Sector\s+in: \[Sector!\]/);
    expect(sdl('Date')).toBe('scalar Date');
  });

  it('defines <Name>Sort with an enum of its fields and an ASC default', () => {
    expect(sdl('WidgetSort')).toMatch(/field: WidgetSortField!\s+direction: SortDirection = ASC/);
    expect(sdl('WidgetSortField')).toMatch(/NAME\s+CREATED_AT/);
    expect(sdl('SortDirection')).toMatch(/ASC\s+DESC/);
  });
});

describe('list type factories', () => {
  it('return the same class for the same name, so GraphQL sees one type', () => {
    expect(Connection(Widget)).toBe(WidgetConnection);
    expect(EnumFilter(Sector, 'Sector')).toBe(SectorFilter);
    expect(SortInput(WidgetSortField, 'Widget')).toBe(WidgetSort);
  });

  it('refuse to reuse a name for something else', () => {
    @ObjectType()
    class Gadget {
      @Field(() => ID)
      id!: string;
    }
    expect(() => Connection(Gadget, 'Widget')).toThrow(/already defined/);
    expect(() => EnumFilter(WidgetSortField, 'Sector')).toThrow(/already defined/);
  });
});
