export default async function stopTestPostgres() {
  await globalThis.__CG_TEST_POSTGRES__?.stop();
}
