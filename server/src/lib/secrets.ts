import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (algorithm 2), the OWASP-recommended parameters. */
const argonOptions = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argonOptions);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash verified when the account does not exist, so a wrong e-mail costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('guichet-dummy-password');
  await verifyPassword(await dummyHash, password);
}

/** A random secret for cookies and API tokens (256 bits, URL-safe). */
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');

/** Secrets are high-entropy, so a fast hash is enough to store them safely. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
