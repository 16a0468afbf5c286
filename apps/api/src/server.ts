import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module';
import { NestPinoLogger, redactUrl } from './logging/logger';
import { serveWeb } from './web/serve-web';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Builds the HTTP application (API and web app on one port) around an initialised, migrated data source. */
export async function createServer(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new NestPinoLogger(logger.child({ component: 'nest' })),
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      // Only what an operator needs: never headers (cookies) or bodies (passwords, personal data).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet(securityHeaders(config.session.cookieSecure)));
  // API answers (GraphQL, exports, imports, sign-in) hold personal data: no cache may keep them. The web app's
  // files set their own caching in serveWeb.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '256kb' });
  serveWeb(app.getHttpAdapter().getInstance(), config.webDir);
  await app.init();
  return app;
}

/**
 * Headers every response carries. The Content-Security-Policy allows only the app's own scripts (no inline
 * script, no eval), styles from the app (inline style attributes, which the component library sets), images
 * from the app and data: URLs (QR codes), requests to the app's own origin, and no framing at all.
 */
export function securityHeaders(secure: boolean): Parameters<typeof helmet>[0] {
  return {
    hsts: secure,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
}
