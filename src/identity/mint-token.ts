/**
 * Prints a token signed with the development key, for trying the API locally:
 *   node dist/src/identity/mint-token.js --nif 12345678Z --name "Maria Puig Soler" \
 *     [--represents P2512000A] [--represents-name "Ajuntament de Lleida"] [--role editor:diba]...
 *     [--certificate INDIVIDUAL|REPRESENTATIVE|PUBLIC_EMPLOYEE] [--assurance LOW|SUBSTANTIAL|HIGH]
 *     [--expires 8h] [--sub <id>]
 * Only the token goes to stdout, so `TOKEN=$(…)` works. Usage errors exit with status 2.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config-error';
import { actorFromClaims, ASSURANCE_LEVELS, CERTIFICATE_TYPES, InvalidClaimError, STAFF_ROLES } from './actor';
import { DevelopmentTokenClaims, mintDevelopmentToken } from './development-keys';
import { loadIdentityConfig } from './identity-config';

const USAGE = `Usage: npm run token -- --nif <NIF> --name <full name> [options]
  --represents <entity NIF>     the entity the certificate acts for (implies --certificate REPRESENTATIVE)
  --represents-name <name>      the entity's name (default "Entitat <NIF>")
  --role <role:provider>        staff role, repeatable: ${STAFF_ROLES.map((role) => `${role}:diba`).join(', ')}
  --certificate <type>          ${CERTIFICATE_TYPES.join(' | ')}
  --assurance <level>           ${ASSURANCE_LEVELS.join(' | ')} (default HIGH, a qualified certificate)
  --expires <span>              e.g. 30m, 8h, 7d (default 8h)
  --sub <id>                    subject (default "dev:<NIF>")`;

class UsageError extends Error {}

const EXPIRES = /^\d+ ?(s|m|h|d|w)$/;

function buildClaims(argv: string[]): { claims: DevelopmentTokenClaims; expiresIn: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        nif: { type: 'string' }, name: { type: 'string' }, represents: { type: 'string' }, 'represents-name': { type: 'string' },
        role: { type: 'string', multiple: true }, certificate: { type: 'string' }, assurance: { type: 'string' },
        expires: { type: 'string' }, sub: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  if (!values.nif) throw new UsageError('--nif is required');
  if (!values.name) throw new UsageError('--name is required');
  const certificateType = values.certificate ?? (values.represents ? 'REPRESENTATIVE' : 'INDIVIDUAL');
  const expiresIn = values.expires ?? '8h';
  if (!EXPIRES.test(expiresIn)) throw new UsageError(`--expires must look like 30m, 8h or 7d, got "${expiresIn}"`);
  // The verifier ignores unknown roles; here a typo should fail loudly instead.
  for (const role of values.role ?? []) {
    if (!(STAFF_ROLES as readonly string[]).includes(role.split(':')[0]) || !role.includes(':')) {
      throw new UsageError(`--role must be <${STAFF_ROLES.join('|')}>:<provider slug>, got "${role}"`);
    }
  }
  const claims: DevelopmentTokenClaims = {
    sub: values.sub ?? `dev:${values.nif.toUpperCase()}`,
    name: values.name,
    nif: values.nif,
    certificate: { type: certificateType, assurance: values.assurance ?? 'HIGH' },
    represents: values.represents ? { nif: values.represents, name: values['represents-name'] ?? `Entitat ${values.represents.toUpperCase()}` } : null,
    roles: values.role ?? [],
  };
  // The same checks the service applies, so a token this prints is one the service accepts.
  let ignoredRole: string | undefined;
  try {
    actorFromClaims({ ...claims }, { onIgnoredRole: (entry) => { ignoredRole ??= entry; } });
  } catch (error) {
    if (error instanceof InvalidClaimError) throw new UsageError(error.message);
    throw error;
  }
  if (ignoredRole) throw new UsageError(`--role "${ignoredRole}" is not a valid role (the provider must be a slug such as diba)`);
  return { claims, expiresIn };
}

async function main(): Promise<number> {
  const env = process.env;
  if (env.NODE_ENV === 'production') {
    process.stderr.write('Refusing to mint a development token with NODE_ENV=production.\n');
    return 2;
  }
  let parsed;
  try {
    parsed = buildClaims(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message === '') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const dataDir = path.resolve(env.DATA_DIR || '.data');
  let identity;
  try {
    identity = loadIdentityConfig(env, { isProduction: false, dataDir });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (identity.keys.kind !== 'development') {
    process.stderr.write('AUTH_JWKS_URL or AUTH_JWKS_FILE is set: the service trusts that identity provider, not the development key.\n');
    return 2;
  }
  const token = await mintDevelopmentToken(parsed.claims, {
    dataDir, expiresIn: parsed.expiresIn, issuer: identity.issuer, audience: identity.audience,
  });
  process.stdout.write(`${token}\n`);
  process.stderr.write(`Token for ${parsed.claims.name} (${parsed.claims.certificate.type}), valid for ${parsed.expiresIn}. Send it as: Authorization: Bearer <token>\n`);
  return 0;
}

main().then((status) => { process.exitCode = status; }, (error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
