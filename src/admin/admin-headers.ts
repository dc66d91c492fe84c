import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config';

/**
 * The security headers of the back office, in one place (helmet). The Content-Security-Policy
 * allows no inline script or style at all (Vite's production build emits none, and the app never
 * uses React `style` props, which would need 'unsafe-inline' under style-src-attr); the app talks
 * to this service and, to sign in, to the OIDC issuer, nothing else; no one may frame it.
 *
 * Referrer-Policy is no-referrer: the back office's addresses name providers and fitxes being
 * worked on, and nothing it links to (documents, the identity provider) needs to know where a
 * person came from; the OIDC redirect carries its own state and needs no Referer.
 */
export function adminSecurityHeaders(config: Config): RequestHandler {
  const connectSources = ["'self'"];
  if (config.admin.oidc) connectSources.push(new URL(config.admin.oidc.issuer).origin);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: connectSources,
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        // Only where the service is reached over TLS: on http://localhost it would break every request.
        ...(config.publicBaseUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // A back office opened from a link must not share its window with the opener.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
