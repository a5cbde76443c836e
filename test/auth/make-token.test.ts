import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { jwtVerify } from 'jose';
import { createAuthenticator } from '../../src/auth/create-authenticator';
import { loadConfig } from '../../src/config/load-config';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/** Runs `npm run token` as a user would, with only the given environment besides PATH. */
async function makeToken(args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/make-token.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return stdout.trim();
}

describe('npm run token', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-token-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('signs a token with the configured secret, subject, roles and lifetime', async () => {
    const secret = 'a-configured-secret-of-32-characters!';
    const token = await makeToken(['--role', 'editor', '--subject', 'alice', '--ttl', '2h'], {
      AUTH_JWT_SECRET: secret,
    });
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret));
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ sub: 'alice', roles: ['editor'] });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(7200);
  }, 60_000);

  it('creates a private development secret when no key is configured, which the server accepts', async () => {
    const file = path.join(folder, 'dev-secret');
    const token = await makeToken(['--role', 'admin', '--subject', 'dev'], { AUTH_DEV_SECRET_FILE: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    const authenticator = createAuthenticator(loadConfig({ AUTH_DEV_SECRET_FILE: file }).auth, false);
    await expect(authenticator.authenticate(`Bearer ${token}`)).resolves.toEqual({
      kind: 'authenticated',
      subject: 'dev',
      roles: ['admin'],
    });
  }, 60_000);

  it('refuses in production without a key, and the server then refuses writes', async () => {
    await expect(
      makeToken(['--role', 'editor', '--subject', 'alice'], {
        NODE_ENV: 'production',
        AUTH_DEV_SECRET_FILE: path.join(folder, 'none'),
      }),
    ).rejects.toMatchObject({ code: 2 });
    expect(createAuthenticator(loadConfig({ NODE_ENV: 'production' }).auth, true).writesDisabledReason).toMatch(
      /no token key is configured/,
    );
  }, 60_000);
});
