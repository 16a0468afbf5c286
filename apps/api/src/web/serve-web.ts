import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = /^\/(graphql|health|ready|auth\/oidc)(\/|$)/;

/**
 * Serves the built web app from the same origin as the API: files as they are (hashed assets cached for a
 * year), and index.html for any other page address so the client-side router can take it.
 */
export function serveWeb(app: Express, webDir: string): void {
  const index = join(webDir, 'index.html');
  app.use(
    express.static(webDir, {
      index: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The web app is not built yet: run "npm run build" (npm start does this).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
