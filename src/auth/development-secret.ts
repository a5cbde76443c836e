import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuthConfig } from '../config/load-config';

/**
 * The HS256 secret tokens are signed and verified with when no key is configured: the configured
 * secret if there is one; otherwise, outside production, a random secret kept in
 * `auth.devSecretFile` (created on first use, readable by its owner only, git-ignored) so the
 * server and `npm run token` agree. Null when tokens are verified with a public key, or in
 * production without any key (writes are then refused).
 */
export function signingSecretOf(auth: AuthConfig, production: boolean): string | null {
  if (auth.key.kind === 'secret') return auth.key.secret;
  if (auth.key.kind !== 'none' || production) return null;
  return readOrCreateSecret(auth.devSecretFile);
}

function readOrCreateSecret(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (error: unknown) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
