import { SignJWT } from 'jose';
import type { Role } from './roles';

export interface TokenRequest {
  readonly secret: string;
  readonly subject: string;
  readonly roles: readonly Role[];
  /** A jose time span such as `1h`, `30m` or `7d`. */
  readonly ttl: string;
  readonly rolesClaim: string;
  readonly issuer: string | null;
  readonly audience: string | null;
}

/** An HS256 token for `subject` with `roles` under `rolesClaim`, expiring after `ttl`. */
export function signToken(request: TokenRequest): Promise<string> {
  let jwt = new SignJWT({ [request.rolesClaim]: [...request.roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.ttl);
  if (request.issuer !== null) jwt = jwt.setIssuer(request.issuer);
  if (request.audience !== null) jwt = jwt.setAudience(request.audience);
  return jwt.sign(new TextEncoder().encode(request.secret));
}
