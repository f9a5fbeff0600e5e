import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { DomainError } from '@cg/shared/domain';
import { BaseFilter } from './filtering/filter-input';
import { ConnectionArgs } from './pagination/connection.args';
import { copyInput, MAX_VERDICT_KEY_LENGTH, PassedInputs, verdictKey } from './input-verdicts';
import { createValidationPipe, reusedInputVerdicts } from './validation';

describe('verdictKey', () => {
  it('gives equal data one key and different data different keys', () => {
    expect(verdictKey({ first: 50, after: 'abc' })).toBe(verdictKey({ first: 50, after: 'abc' }));
    const distinct = [
      { first: 1 },
      { first: '1' },
      { first: null },
      { first: undefined },
      {},
      { first: -0 },
      { first: 0 },
      { first: Number.NaN },
      { first: true },
      { first: [1] },
      { first: { eq: 1 } },
      { first: [] },
      { first: {} },
      { first: 'a,b' },
      { first: ['a', 'b'] },
    ];
    expect(new Set(distinct.map(verdictKey)).size).toBe(distinct.length);
  });

  it('refuses what is not plain data, or too large', () => {
    class Dto {
      first = 1;
    }
    expect(verdictKey({ at: new Date(0) })).toBeUndefined();
    expect(verdictKey(new Dto())).toBeUndefined();
    expect(verdictKey({ bytes: Buffer.from('x') })).toBeUndefined();
    expect(verdictKey([1, , 3])).toBeUndefined(); // eslint-disable-line no-sparse-arrays
    expect(verdictKey({ n: BigInt(1) })).toBeUndefined();
    expect(verdictKey(JSON.parse('{"__proto__": {"x": 1}}'))).toBeUndefined();
    expect(verdictKey({ text: 'x'.repeat(MAX_VERDICT_KEY_LENGTH) })).toBeUndefined();
    expect(verdictKey(Object.assign(Object.create(null), { a: 1 }))).toBe(verdictKey({ a: 1 }));
  });
});

describe('PassedInputs', () => {
  it('keeps at most its size per class, dropping the least recently used', () => {
    const passed = new PassedInputs<string>(2);
    const inputClass = class {};
    passed.add(inputClass, 'a', 'A');
    passed.add(inputClass, 'b', 'B');
    expect(passed.get(inputClass, 'a')).toBe('A');
    passed.add(inputClass, 'c', 'C');
    expect([passed.get(inputClass, 'a'), passed.get(inputClass, 'b'), passed.get(inputClass, 'c')]).toEqual(['A', undefined, 'C']);
    expect(passed.get(class {}, 'a')).toBeUndefined();
  });
});

describe('copyInput', () => {
  it('copies deeply, keeping each prototype', () => {
    class Inner {
      eq?: string;
    }
    class Outer {
      name?: Inner;
      list?: Inner[];
      first?: number;
    }
    const value = Object.assign(new Outer(), {
      name: Object.assign(new Inner(), { eq: 'x' }),
      list: [Object.assign(new Inner(), { eq: 'y' })],
      first: 2,
    });
    const copy = copyInput(value);
    expect(copy).toEqual(value);
    expect(copy).toBeInstanceOf(Outer);
    expect(copy.name).toBeInstanceOf(Inner);
    expect(copy.list?.[0]).toBeInstanceOf(Inner);
    expect(copy.name).not.toBe(value.name);
    expect(copy.list).not.toBe(value.list);
  });
});

class NameFilter {
  @IsOptional()
  @IsString()
  eq?: string;
}

/** Shaped like a list filter: only page arguments and filters are kept. */
class Partial extends BaseFilter {
  @IsOptional()
  @IsInt()
  @Min(1)
  size?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => NameFilter)
  name?: NameFilter;

  /** No rule: `whitelist` strips it. */
  note?: string;
}

describe('the validation pipe with kept verdicts', () => {
  const args = { type: 'query' as const, metatype: ConnectionArgs, data: undefined };
  let validate: jest.SpyInstance;

  beforeEach(() => {
    validate = jest.spyOn(ValidationPipe.prototype as unknown as { validate: () => unknown }, 'validate');
  });
  afterEach(() => validate.mockRestore());

  it('checks a value once, then hands on a fresh instance of it without class-validator', async () => {
    const pipe = createValidationPipe();
    const reusedBefore = reusedInputVerdicts();
    const first = await pipe.transform({ first: 50, after: null }, args);
    const second = await pipe.transform({ first: 50, after: null }, args);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(reusedInputVerdicts()).toBe(reusedBefore + 1);
    expect(second).toBeInstanceOf(ConnectionArgs);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    await pipe.transform({ first: 49, after: null }, args);
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('never lets an invalid value through, however often a valid one passed', async () => {
    const pipe = createValidationPipe();
    const problems: unknown[] = [];
    for (let round = 0; round < 3; round++) {
      await pipe.transform({ first: 50 }, args);
      for (const bad of [{ first: -1 }, { first: 100000 }, { first: 1.5 }, { first: 50, last: 1 }, { after: 'x'.repeat(2001) }]) {
        const error = await pipe.transform(bad, args).catch((thrown: unknown) => thrown);
        expect(error).toBeInstanceOf(DomainError);
        problems.push((error as DomainError).extensions);
      }
    }
    expect(problems.slice(0, 5)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'first' },
      { code: 'BAD_USER_INPUT', field: 'first' },
      { code: 'BAD_USER_INPUT', field: 'first' },
      { code: 'BAD_USER_INPUT', field: 'last' },
      { code: 'BAD_USER_INPUT', field: 'after' },
    ]);
    expect(problems.slice(5, 10)).toEqual(problems.slice(0, 5));
    expect(problems.slice(10)).toEqual(problems.slice(0, 5));
    // The five bad values were checked in every round; only { first: 50 } was kept.
    expect(validate).toHaveBeenCalledTimes(1 + 15);
  });

  it('hands on a kept value as the check left it: stripped, nested instances built, a fresh copy', async () => {
    const pipe = createValidationPipe();
    const metadata = { type: 'query' as const, metatype: Partial, data: undefined };
    const value = () => ({ size: 2, name: { eq: 'x' }, note: 'dropped', filter: { name: 'x' } });
    const first = (await pipe.transform(value(), metadata)) as Partial;
    (first.name as NameFilter).eq = 'changed by a service';
    const second = (await pipe.transform(value(), metadata)) as Partial;
    expect(validate).toHaveBeenCalledTimes(1);
    expect(second).toEqual({ size: 2, name: { eq: 'x' } });
    expect(Object.keys(second)).toEqual(['size', 'name']);
    expect(second).toBeInstanceOf(Partial);
    expect(second.name).toBeInstanceOf(NameFilter);
    const refused = await pipe.transform({ ...value(), size: 0 }, metadata).catch((error: unknown) => error);
    expect((refused as DomainError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'size' });
  });

  it('keeps nothing of other inputs: a sign-in or a mutation input is checked every time and never held', async () => {
    class SignIn {
      @IsString()
      email?: string;

      @IsString()
      password?: string;
    }
    const pipe = createValidationPipe();
    const metadata = { type: 'query' as const, metatype: SignIn, data: 'input' };
    await pipe.transform({ email: 'a@example.org', password: 'secret words' }, metadata);
    await pipe.transform({ email: 'a@example.org', password: 'secret words' }, metadata);
    expect(validate).toHaveBeenCalledTimes(2);
  });
});
