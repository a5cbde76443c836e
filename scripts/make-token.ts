import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config/load-config';
import { signingSecretOf } from '../src/auth/development-secret';
import { ROLES, type Role } from '../src/auth/roles';
import { signToken } from '../src/auth/sign-token';

const USAGE = `Usage: npm run token -- --role editor --subject alice [--ttl 1h]

Prints a bearer token signed with the configured AUTH_JWT_SECRET, or outside production with the
development secret the server uses when no key is configured (created in AUTH_DEV_SECRET_FILE if
missing). --role may be repeated (${ROLES.join(', ')}); --ttl is a time span such as 30m, 1h or 7d.
With AUTH_JWT_PUBLIC_KEY or AUTH_JWKS_URL, tokens come from your identity provider instead.`;

/** `npm run token`: see USAGE. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      subject: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const roles = values.role.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || roles.length !== values.role.length || values.subject === undefined) {
    console.error(
      `Expected --subject and at least one --role of ${ROLES.join(', ')}, but got: ${process.argv.slice(2).join(' ')}\n\n${USAGE}`,
    );
    return 2;
  }
  const config = loadConfig();
  const secret = signingSecretOf(config.auth, config.production);
  if (secret === null) {
    console.error(
      'No secret to sign with: tokens are verified with a public key (or production has no key). Ask your identity provider.',
    );
    return 2;
  }
  const { rolesClaim, issuer, audience } = config.auth;
  console.log(
    await signToken({ secret, subject: values.subject, roles, ttl: values.ttl, rolesClaim, issuer, audience }),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
