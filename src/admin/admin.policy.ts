import type { Config } from '../config';

/**
 * Who may use the back office's development sign-in (POST /admin/dev-token): anyone, but only
 * outside production and while the service trusts its own development key (with a real identity
 * provider the minted tokens would not verify anyway). Otherwise the route answers 404, as if it
 * did not exist.
 */
export function developmentSignInAllowed(config: Pick<Config, 'isProduction' | 'identity'>): boolean {
  return !config.isProduction && config.identity.keys.kind === 'development';
}
