import {
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import type { AuthConfig } from '../config/load-config';
import { unauthenticated } from './auth-errors';
import { signingSecretOf } from './development-secret';
import { ANONYMOUS, rolesFromClaim, type Viewer } from './roles';

/** Turns the credentials of a request (HTTP header or socket connection parameter) into a viewer. */
export interface Authenticator {
  /** Why writes are refused whatever the token, or null when tokens can be verified. */
  readonly writesDisabledReason: string | null;
  /**
   * The viewer of an `Authorization` value: anonymous when absent, the token's subject and roles
   * when it verifies. Throws UNAUTHENTICATED (HTTP 401) for anything else: a malformed header, a
   * bad signature, `alg: none` or another algorithm than the pinned one, an expired token, a
   * wrong issuer or audience, a token without a subject.
   */
  authenticate(authorization: string | null | undefined): Promise<Viewer>;
}

type VerificationKey = Uint8Array | KeyLike | JWTVerifyGetKey;

/** The authenticator for `auth`; verification keys are prepared once (JWKS are fetched and cached by jose). */
export function createAuthenticator(auth: AuthConfig, production: boolean): Authenticator {
  const secret = signingSecretOf(auth, production);
  let key: Promise<VerificationKey> | null = null;
  let algorithms: string[] = [];
  switch (auth.key.kind) {
    case 'secret':
    case 'none':
      if (secret !== null) {
        key = Promise.resolve(new TextEncoder().encode(secret));
        algorithms = ['HS256'];
      }
      break;
    case 'public-key':
      key = importSPKI(auth.key.pem, auth.key.algorithm);
      algorithms = [auth.key.algorithm];
      break;
    case 'jwks':
      key = Promise.resolve(createRemoteJWKSet(new URL(auth.key.url)));
      algorithms = [auth.key.algorithm];
      break;
  }
  const writesDisabledReason =
    key === null
      ? 'no token key is configured (AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY or AUTH_JWKS_URL) and the server runs in production'
      : null;

  return {
    writesDisabledReason,
    async authenticate(authorization) {
      if (authorization === undefined || authorization === null || authorization.trim() === '') return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (match === null)
        throw unauthenticated('Expected an Authorization header of the form "Bearer <token>", but got another scheme');
      if (key === null) throw unauthenticated(`Tokens cannot be verified: ${writesDisabledReason}`);
      const payload = await verify(match[1] as string, await key, { algorithms, auth });
      if (typeof payload.sub !== 'string' || payload.sub === '')
        throw unauthenticated('Expected a token with a "sub" (subject) claim, but it has none');
      return { kind: 'authenticated', subject: payload.sub, roles: rolesFromClaim(payload[auth.rolesClaim]) };
    },
  };
}

async function verify(
  token: string,
  key: VerificationKey,
  { algorithms, auth }: { algorithms: string[]; auth: AuthConfig },
): Promise<JWTPayload> {
  try {
    const options = {
      algorithms,
      ...(auth.issuer === null ? {} : { issuer: auth.issuer }),
      ...(auth.audience === null ? {} : { audience: auth.audience }),
    };
    const result =
      typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
    return result.payload;
  } catch (error: unknown) {
    if (error instanceof errors.JOSEError)
      throw unauthenticated(`The bearer token was rejected (${error.code}): ${error.message}`);
    throw error;
  }
}
