import { DomainError, Sector } from '@cg/shared/domain';
import { createValidationPipe } from '../validation';
import { EnumFilter, EnumFilterValue } from './enum-filter';
import { BaseFilter, FilterField, FilterInputType, MAX_FILTER_BRANCHES } from './filter-input';
import {
  DateFilter,
  DateTimeFilter,
  IdFilter,
  MAX_FILTER_LIST,
  StringFilter,
  StringListFilter,
} from './scalar-filters';

const SectorFilter = EnumFilter(Sector, 'Sector');

@FilterInputType()
class ThingFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => DateFilter) founded?: DateFilter;
  @FilterField(() => DateTimeFilter) createdAt?: DateTimeFilter;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => SectorFilter) sector?: EnumFilterValue<Sector>;
}

const pipe = createValidationPipe();
const validate = (value: object) =>
  pipe.transform(value, { type: 'body', metatype: ThingFilter }) as Promise<ThingFilter>;

async function rejection(value: object): Promise<DomainError> {
  try {
    await validate(value);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a rejection');
}

describe('filter inputs under the validation pipe', () => {
  it('keep and/or/not and every field through whitelisting, nested as classes', async () => {
    const filter = {
      name: { contains: 'trust' },
      or: [{ sector: { in: [Sector.PUBLIC] } }, { not: { themes: { any: ['housing'] } } }],
      and: [{ founded: { gte: '2020-01-31' } }],
      createdAt: { lt: new Date('2025-01-01T00:00:00Z') },
    };
    const valid = await validate(filter);
    expect(valid).toBeInstanceOf(ThingFilter);
    expect(valid.or?.[1].not).toBeInstanceOf(ThingFilter);
    expect(JSON.parse(JSON.stringify(valid))).toEqual(JSON.parse(JSON.stringify(filter)));
  });

  it.each([
    [{ id: { eq: 'not-a-uuid' } }, 'id.eq'],
    [{ sector: { eq: 'SPACE' } }, 'sector.eq'],
    [{ founded: { gte: '31/01/2020' } }, 'founded.gte'],
    [{ createdAt: { lt: new Date('nonsense') } }, 'createdAt.lt'],
    [{ name: { in: Array.from({ length: MAX_FILTER_LIST + 1 }, () => 'x') } }, 'name.in'],
    [{ or: [{}, { and: [{ not: { name: { eq: 7 } } }] }] }, 'or.1.and.0.not.name.eq'],
    [{ and: Array.from({ length: MAX_FILTER_BRANCHES + 1 }, () => ({})) }, 'and'],
  ])('refuse %j with BAD_USER_INPUT on %s', async (filter, field) => {
    const error = await rejection(filter);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
