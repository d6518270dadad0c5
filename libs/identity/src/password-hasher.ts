import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1), written out because the
 * library's defaults may change. `algorithm: 2` is Argon2id: the package's enum is a
 * `const enum`, which swc cannot inline across packages.
 */
export const ARGON2_OPTIONS: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password, ARGON2_OPTIONS);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hashPassword('dummy-password-for-timing-1A!'));

/**
 * Hashes the dummy password ahead of time (at start-up), so that the first unknown login does
 * not take one hash longer than a real one.
 */
export function primeDummyHash(): void {
  void dummyHash();
}

/** Spends the same time as a real check when the account does not exist (no user enumeration). */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(await dummyHash(), password);
}
