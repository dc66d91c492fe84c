import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AdminConfig } from './admin-config';

/** The path the identity provider sends people back to after signing in (a client route). */
export const CALLBACK_PATH = `${import.meta.env.BASE_URL}callback`;

/**
 * Sign-in with the configured OpenID Connect provider: authorization code with PKCE. The user
 * (and so its tokens) lives in memory only, so no other site, extension page or other tab's script
 * can read it from storage; a reload asks the provider again (usually without a prompt). Only the
 * short-lived PKCE state of a sign-in in progress is in sessionStorage, because it has to survive
 * the redirect to the provider and back; the library removes it at the callback.
 */
export function createUserManager(oidc: NonNullable<AdminConfig['oidc']>): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${import.meta.env.BASE_URL}`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewal by refresh token where the provider issues one (a fetch, allowed by connect-src);
    // without one the session ends when the token expires and the person signs in again.
    automaticSilentRenew: true,
    monitorSession: false,
  });
}
