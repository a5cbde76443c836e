import { signingSecretOf } from '../src/auth/development-secret';
import { signToken } from '../src/auth/sign-token';
import { loadConfig } from '../src/config/load-config';
import type { Editor } from './loadtest-writes';

/**
 * Editor tokens for `count` subjects (`loadtest-editor-1`, …), signed as `npm run token` signs
 * them: with AUTH_JWT_SECRET, or outside production with the development secret the server
 * shares, with the configured roles claim, issuer and audience. They last an hour.
 *
 * @throws when there is no secret to sign with (tokens verified with a public key or a JWKS).
 */
export async function signEditorTokens(count: number): Promise<Editor[]> {
  const config = loadConfig();
  const secret = signingSecretOf(config.auth, config.production);
  if (secret === null)
    throw new Error(
      'The mixed load test signs its editor tokens, but this server verifies tokens with a public key (or is in production without a key); run it against a server with AUTH_JWT_SECRET or the development secret',
    );
  const { rolesClaim, issuer, audience } = config.auth;
  const subjects = Array.from({ length: count }, (_, index) => `loadtest-editor-${index + 1}`);
  return Promise.all(
    subjects.map(async (subject) => ({
      subject,
      token: await signToken({ secret, subject, roles: ['editor'], ttl: '1h', rolesClaim, issuer, audience }),
    })),
  );
}
