import { checkRelationship } from './relationship.service';
import { DomainError } from '@cg/shared/domain';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function refusal(values: Parameters<typeof checkRelationship>[0]): Record<string, unknown> | undefined {
  try {
    checkRelationship(values);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { message: (error as DomainError).message, ...(error as DomainError).extensions };
  }
}

describe('checkRelationship', () => {
  it('accepts two different organisations with dates in order, or open-ended', () => {
    expect(
      refusal({ fromOrganisationId: A, toOrganisationId: B, fromDate: '2024-01-01', toDate: '2024-01-01' }),
    ).toBeUndefined();
    expect(
      refusal({ fromOrganisationId: A, toOrganisationId: B, fromDate: null, toDate: '2020-01-01' }),
    ).toBeUndefined();
  });

  it('refuses a tie from an organisation to itself, naming toOrganisationId', () => {
    expect(refusal({ fromOrganisationId: A, toOrganisationId: A })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toOrganisationId',
      message: expect.stringMatching(/cannot have a relationship with itself/),
    });
  });

  it('refuses an end date before the start, naming toDate', () => {
    expect(
      refusal({ fromOrganisationId: A, toOrganisationId: B, fromDate: '2025-02-01', toDate: '2025-01-31' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toDate',
    });
  });
});
