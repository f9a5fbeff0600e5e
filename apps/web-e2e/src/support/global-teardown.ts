export default async function globalTeardown(): Promise<void> {
  await globalThis.__CG_E2E_SERVER__?.stop();
}
