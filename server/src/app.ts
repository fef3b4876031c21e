import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import pino from 'pino';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { budgetRoutes } from './modules/budgets/routes.ts';
import { setBudgetAlertLogger } from './modules/budgets/service.ts';
import { setMailContext } from './modules/mail/outbox.ts';
import { mailRoutes } from './modules/mail/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { registerAuthHook } from './http/auth-hook.ts';
import { registerErrorHandling } from './http/errors.ts';
import './http/types.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { clientRoutes } from './modules/clients/routes.ts';
import { healthRoutes, VERSION } from './modules/health/routes.ts';
import { tokenRoutes } from './modules/tokens/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { agentRoutes } from './modules/agents/routes.ts';
import { attachmentRoutes } from './modules/attachments/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { settingsRoutes } from './modules/settings/routes.ts';
import { ticketRoutes } from './modules/tickets/routes.ts';
import { timeRoutes } from './modules/time/routes.ts';

/** Database errors carry the query's parameters (hashes, e-mails): keep them out of the logs. */
function serializeError(err: Error & { params?: unknown; cause?: unknown }) {
  const plain = pino.stdSerializers.err(err) as { type: string; message: string; stack: string; [key: string]: unknown };
  delete plain.params;
  if (typeof plain.message === 'string') plain.message = plain.message.replace(/\nparams:[\s\S]*$/, '');
  if (typeof plain.stack === 'string') plain.stack = plain.stack.replace(/\nparams:[^\n]*/, '');
  return plain;
}

export interface BuildOptions {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
}

/** Every route the app registered, so tests can walk them (default-deny check). */
export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
}

export async function buildApp({ config, database, logger }: BuildOptions) {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: { err: serializeError },
    },
    // A hop count is supported by Fastify though its types omit it.
    trustProxy: config.trustProxy as boolean | string[],
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorate('databaseKind', database.kind);

  const routes: RouteInfo[] = [];
  app.decorate('routeList', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: r.url, public: Boolean(r.config?.public) });
    }
  });

  registerErrorHandling(app);
  setBudgetAlertLogger(app.log);
  setMailContext({ publicUrl: config.publicUrl, inboundFromEnvironment: !!config.mail.imapUrl });
  await app.register(cookie);
  // Helmet's middleware built once: @fastify/helmet builds it again for every request (a few % of the CPU).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables in <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        // Plain-HTTP installs on a LAN must keep working: no forced upgrade, HSTS only over HTTPS.
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.raw.setHeader('strict-transport-security', 'max-age=15552000; includeSubDomains');
    securityHeaders(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 10 } });
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Guichet API',
        version: VERSION,
        description:
          'Helpdesk for CRM clients. Authenticate with the session cookie from `POST /api/auth/login`, or `Authorization: Bearer <API token>`. Errors are `{ "error": { "code", "message", "details" } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'guichet_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  registerAuthHook(app);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(clientRoutes);
  await app.register(tokenRoutes);
  await app.register(settingsRoutes);
  await app.register(agentRoutes);
  await app.register(ticketRoutes);
  await app.register(attachmentRoutes);
  await app.register(notificationRoutes);
  await app.register(timeRoutes);
  await app.register(budgetRoutes);
  await app.register(reportRoutes);
  await app.register(mailRoutes);

  await registerWebApp(app, config.webDistDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    routeList: RouteInfo[];
  }
}

/** The built web app, with index.html for every non-API path (client-side routes such as /crm/clients/…). */
async function registerWebApp(app: App, distDir: string) {
  const indexPath = path.join(distDir, 'index.html');
  const hasBuild = fs.existsSync(indexPath);
  if (hasBuild) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    if (urlPath.startsWith('/api/') || urlPath === '/api' || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: 'No such route.' } });
    }
    if (!hasBuild) {
      return reply.type('text/plain').send('The web app is not built: run `npm run build` (npm start does it).');
    }
    return reply.type('text/html').header('cache-control', 'no-cache').send(fs.createReadStream(indexPath));
  });
}
