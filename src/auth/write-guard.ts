import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthConfig } from '../config/load-config';
import { ErrorCode } from '../errors/error-codes';
import { forbidden, unauthenticated } from './auth-errors';
import { grantsRole, type Role, type Viewer } from './roles';

/** Decides whether a viewer may make one write now, and counts it against their rate. */
export interface WriteGuard {
  /**
   * The subject to record the write under. Throws UNAUTHENTICATED without a token (or when writes
   * are disabled), FORBIDDEN without `role`, RATE_LIMITED past the subject's rate; nothing has been
   * written when it throws.
   */
  admit(viewer: Viewer, role: Role, operation: string): Promise<string>;
}

/**
 * Rates are counted in this process's memory: behind a load balancer of N instances a subject may
 * make up to N times the limit, which is enough to stop a runaway script, the limit's purpose.
 */
export function createWriteGuard(auth: AuthConfig, writesDisabledReason: string | null): WriteGuard {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'writes',
    points: auth.writeRateLimit,
    duration: auth.writeRateWindowSeconds,
  });
  return {
    async admit(viewer, role, operation) {
      if (writesDisabledReason !== null) throw unauthenticated(`Writes are refused: ${writesDisabledReason}`);
      if (viewer.kind === 'anonymous')
        throw unauthenticated(`${operation} needs a bearer token with the ${role} role, but the request has no token`);
      if (!grantsRole(viewer.roles, role)) {
        const has = viewer.roles.length === 0 ? 'no role' : `the roles ${viewer.roles.join(', ')}`;
        throw forbidden(`${operation} needs the ${role} role, but the token of "${viewer.subject}" has ${has}`);
      }
      try {
        await limiter.consume(viewer.subject);
      } catch (rejection: unknown) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
        throw new GraphQLError(
          `At most ${auth.writeRateLimit} writes per ${auth.writeRateWindowSeconds} s are allowed per subject, ` +
            `and "${viewer.subject}" has reached that; retry in ${retryAfterSeconds} s`,
          { extensions: { code: ErrorCode.RateLimited, retryAfterSeconds, http: { status: 429 } } },
        );
      }
      return viewer.subject;
    },
  };
}
