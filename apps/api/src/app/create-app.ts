import { ConsoleLogger, INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@cg/api/core/config';
import { AppModule } from './app.module';
import { GRAPHQL_BODY_LIMIT, graphqlEdge } from './http/graphql-edge';
import { graphqlFastLane } from './http/graphql-fast-lane';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';

/** Builds the Nest application; shared by main.ts and the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const levels: LogLevel[] = config.nodeEnv === 'test' ? ['error', 'warn'] : ['error', 'warn', 'log'];
  const logger = config.logFormat === 'json' ? new ConsoleLogger({ json: true, logLevels: levels }) : levels;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { logger, abortOnError: false });
  // Behind a reverse proxy, its X-Forwarded-For and -Proto name the client and the scheme; off by default.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // First: POST /graphql then runs only the layers that answer it, not the router's whole walk.
  app.use(graphqlFastLane());
  if (config.logFormat === 'json') app.use(requestLog());
  // Helmet removed it on every response after Express had set it.
  app.disable('x-powered-by');
  // Security headers (CSP, no sniffing, frame and referrer policies) on every response; HSTS only over HTTPS.
  app.use(securityHeaders());
  // No cookie parser: the session middleware reads its one cookie from the header (`cookieValue`).
  app.use('/graphql', ...graphqlEdge());
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT });
  return app;
}
