import { containsPattern, escapeLike, wildcardPattern } from './like-pattern';

describe('LIKE patterns', () => {
  it('escape %, _ and the escape character itself', () => {
    expect(escapeLike('100% of_us \\o/')).toBe('100\\% of\\_us \\\\o/');
  });

  it('find text anywhere for contains', () => {
    expect(containsPattern('50%')).toBe('%50\\%%');
  });

  it('turn only * into a wildcard for ilike', () => {
    expect(wildcardPattern('leeds*')).toBe('leeds%');
    expect(wildcardPattern('*_trust*')).toBe('%\\_trust%');
    expect(wildcardPattern('100%')).toBe('100\\%');
  });
});
