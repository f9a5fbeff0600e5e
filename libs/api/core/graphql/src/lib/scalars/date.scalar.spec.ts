import { Kind } from 'graphql';
import { DateScalar, isIsoDate } from './date.scalar';

describe('Date scalar', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate('2025-03-01T00:00:00Z')).toBe(false);
  });

  it('parses variables and literals to the same string, and refuses anything else', () => {
    expect(DateScalar.parseValue('2025-03-31')).toBe('2025-03-31');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-03-31' })).toBe('2025-03-31');
    expect(() => DateScalar.parseValue('31/03/2025')).toThrow(/2025-03-31/);
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20250331' })).toThrow();
  });

  it('serialises the local-midnight Date node-postgres makes of a date column', () => {
    expect(DateScalar.serialize(new Date(2025, 2, 31))).toBe('2025-03-31');
    expect(DateScalar.serialize('2025-03-31')).toBe('2025-03-31');
  });
});
