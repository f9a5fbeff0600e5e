import { FloatListScalar, IntListScalar } from './number-list.scalar';

describe('number list scalars', () => {
  it('send a list of numbers as the very same array', () => {
    const ints = [0, 3, 20_000];
    expect(IntListScalar.serialize(ints)).toBe(ints);
    expect(FloatListScalar.serialize([0.25, 1, 1e-9])).toEqual([0.25, 1, 1e-9]);
  });

  it('refuse what is not a list of the right numbers, naming the scalar and the bad item', () => {
    expect(() => IntListScalar.serialize([1, 2.5])).toThrow('IntList must be a list of whole numbers, not 2.5.');
    expect(() => FloatListScalar.serialize([1, Number.NaN])).toThrow('FloatList must be a list of finite numbers');
    expect(() => FloatListScalar.serialize(['1'])).toThrow('not "1"');
    expect(() => IntListScalar.serialize(7)).toThrow('IntList must be a list of whole numbers.');
  });

  it('are never taken as input', () => {
    expect(() => IntListScalar.parseValue([1])).toThrow('IntList is only ever sent by the API, never taken as input.');
  });
});
