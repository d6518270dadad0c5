export default async function globalTeardown() {
  await globalThis.__techmarketTest?.stop();
}
