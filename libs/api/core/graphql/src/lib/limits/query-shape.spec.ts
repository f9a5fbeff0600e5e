import { OperationDefinitionNode, parse } from 'graphql';
import { aliasCount, queryDepth } from './query-shape';

const depth = (source: string) => {
  const document = parse(source);
  return queryDepth(document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode);
};

describe('queryDepth', () => {
  it('counts nested fields', () => {
    expect(depth('{ a }')).toBe(1);
    expect(depth('{ a { b { c } } d }')).toBe(3);
  });

  it('follows fragments and inline fragments', () => {
    expect(depth('query { a { ...F } } fragment F on T { b { c { d } } }')).toBe(4);
    expect(depth('{ a { ... on T { b { c } } } }')).toBe(3);
  });
});

describe('aliasCount', () => {
  it('counts every aliased field, in fragments too', () => {
    expect(aliasCount(parse('{ one: a two: a b { three: c } } fragment F on T { four: d }'))).toBe(4);
  });
});
