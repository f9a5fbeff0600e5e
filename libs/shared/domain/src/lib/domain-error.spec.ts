import { badInput, DomainError, notFound } from './domain-error';

describe('DomainError', () => {
  it('carries its code in extensions beside the detail, with the message as given', () => {
    const error = badInput('name', 'Give the organisation a name.');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Give the organisation a name.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('lets the code win over a detail of the same name', () => {
    expect(new DomainError('CONFLICT', 'Taken.', { code: 'OTHER' }).extensions.code).toBe('CONFLICT');
    expect(notFound('partnership', 'p1').extensions).toEqual({ code: 'NOT_FOUND', id: 'p1' });
  });
});
