import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { adminSecurityHeaders } from './admin-headers';
import { developmentSignInAllowed } from './admin.policy';
import { developmentClaims, mintSignInToken, SignInRefused } from './development-sign-in';

/** Where `npm run build` puts the back office (vite build, admin/vite.config.ts): dist/admin. */
export const ADMIN_BUILD_DIR = path.resolve(__dirname, '..', '..', 'admin');

/** What the app needs to know before it can sign anyone in (GET /admin/config.json). */
export interface AdminClientConfig {
  oidc: { issuer: string; clientId: string } | null;
  developmentSignIn: boolean;
}

export function adminClientConfig(config: Config): AdminClientConfig {
  return { oidc: config.admin.oidc, developmentSignIn: developmentSignInAllowed(config) };
}

/**
 * The back office at /admin: the single-page app built into dist/admin, its configuration, and
 * (outside production) the development sign-in. Hashed assets are kept a year (their names
 * change with their content); index.html is revalidated every time so a new build is seen at once;
 * any other path under /admin is a client route and gets index.html (the app's router reads it).
 */
export function registerAdminRoutes(app: Express, deps: { config: Config; logger: Logger; buildDir?: string }): void {
  const { config, logger } = deps;
  const buildDir = deps.buildDir ?? ADMIN_BUILD_DIR;
  const indexFile = path.join(buildDir, 'index.html');
  app.use('/admin', adminSecurityHeaders(config));

  app.get('/admin/config.json', (_request, response) => {
    response.set('cache-control', 'no-cache').json(adminClientConfig(config));
  });

  app.post('/admin/dev-token', express.json({ limit: '16kb' }), async (request: Request, response: Response, next: NextFunction) => {
    if (!developmentSignInAllowed(config)) return next();
    try {
      const claims = developmentClaims(request.body);
      const minted = await mintSignInToken(config, claims);
      response.set('cache-control', 'no-store').json(minted);
    } catch (error) {
      if (!(error instanceof SignInRefused)) return next(error);
      response.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: error.field } }] });
    }
  });

  app.use('/admin', express.static(buildDir, {
    index: false,
    fallthrough: true,
    setHeaders: (response, file) => {
      const hashed = file.startsWith(path.join(buildDir, 'assets') + path.sep);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  }));

  let warned = false;
  app.get('/admin{/*path}', (request, response, next) => {
    // A missing file (an old asset, a typo) is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(request.path) && !request.path.endsWith('.html')) return next();
    if (!existsSync(indexFile)) {
      if (!warned) logger.warn('The back office is not built (dist/admin); run npm run build');
      warned = true;
      response.status(503).type('text/plain').send('The back office has not been built: run npm run build.\n');
      return;
    }
    response.set('cache-control', 'no-cache').type('html').send(readFileSync(indexFile));
  });
}
