import { GraphQLScalarType } from 'graphql';

/**
 * A whole list of numbers as one scalar value. graphql-js completes a `[Int!]` list item by item,
 * which for the hundreds of thousands of ties of a national network cost seconds per answer;
 * one scalar is checked in a tight loop and written by JSON.stringify as a plain array.
 * Output only: nothing takes such a list as an argument.
 */
function numberListScalar(name: string, description: string, integers: boolean): GraphQLScalarType<never, number[]> {
  const what = integers ? 'whole numbers' : 'finite numbers';
  const refuse = (): never => {
    throw new TypeError(`${name} is only ever sent by the API, never taken as input.`);
  };
  return new GraphQLScalarType<never, number[]>({
    name,
    description,
    serialize(value) {
      if (!Array.isArray(value)) throw new TypeError(`${name} must be a list of ${what}.`);
      for (const item of value) {
        const ok = typeof item === 'number' && (integers ? Number.isInteger(item) : Number.isFinite(item));
        if (!ok) throw new TypeError(`${name} must be a list of ${what}, not ${JSON.stringify(item)}.`);
      }
      return value as number[];
    },
    parseValue: refuse,
    parseLiteral: refuse,
  });
}

export const IntListScalar = numberListScalar(
  'IntList',
  'A list of whole numbers sent as one JSON array (for long parallel arrays such as a network’s ties).',
  true,
);

export const FloatListScalar = numberListScalar(
  'FloatList',
  'A list of numbers sent as one JSON array (for long parallel arrays such as a network’s measures).',
  false,
);
