import { AccessScope, currentAccessScope, isBoundedSystemWork, runAsBoundedSystem, runAsSystem, runWithAccessScope, SIGNED_OUT } from './row-access';
import { currentRequestQueries, RequestQueries, runDetached, runWithRequestQueries } from './request-queries';

// The scope and the held connections share one storage (request-context.ts); each part must still
// be set, kept and left exactly as when each had a storage of its own.
describe('a request context', () => {
  const scope: AccessScope = { ...SIGNED_OUT, signedIn: true, ownOrganisationIds: ['org-1'] };
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('carries the scope and the connections across awaits, and nothing outside', async () => {
    const queries = new RequestQueries();
    await runWithRequestQueries(queries, () =>
      runWithAccessScope(scope, async () => {
        await tick();
        expect(currentAccessScope()).toBe(scope);
        expect(currentRequestQueries()).toBe(queries);
      }),
    );
    expect(currentAccessScope()).toBeUndefined();
    expect(currentRequestQueries()).toBeUndefined();
  });

  it('keeps the scope in detached work, and the connections in the system’s work', async () => {
    const queries = new RequestQueries();
    await runWithRequestQueries(queries, () =>
      runWithAccessScope(scope, async () => {
        await runDetached(async () => {
          await tick();
          expect(currentRequestQueries()).toBeUndefined();
          expect(currentAccessScope()).toBe(scope);
        });
        await runAsSystem(async () => {
          await tick();
          expect(currentAccessScope()).toBeUndefined();
          expect(isBoundedSystemWork()).toBe(false);
          expect(currentRequestQueries()).toBe(queries);
        });
        await runAsBoundedSystem(async () => {
          await tick();
          expect(currentAccessScope()).toBeUndefined();
          expect(isBoundedSystemWork()).toBe(true);
          expect(currentRequestQueries()).toBe(queries);
        });
        // The request's own parts are back after each.
        expect(currentAccessScope()).toBe(scope);
        expect(currentRequestQueries()).toBe(queries);
        expect(isBoundedSystemWork()).toBe(false);
      }),
    );
  });

  it('keeps concurrent requests apart', async () => {
    const other: AccessScope = { ...scope, ownOrganisationIds: ['org-2'] };
    const seen = await Promise.all(
      [scope, other].map((each) =>
        runWithAccessScope(each, async () => {
          await tick();
          return currentAccessScope();
        }),
      ),
    );
    expect(seen).toEqual([scope, other]);
  });
});
