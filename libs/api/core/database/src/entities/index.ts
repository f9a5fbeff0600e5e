import * as allEntities from './all-entities';

export * from './all-entities';

type EntityClass = abstract new (...args: never[]) => unknown;

const isClass = (value: unknown): value is EntityClass => typeof value === 'function';

/**
 * Every entity and view, registered once with TypeORM so features need not list
 * their own. Derived from the barrel, so a new entity file cannot be forgotten here.
 */
export const ENTITIES: EntityClass[] = Object.values(allEntities).filter(isClass);
