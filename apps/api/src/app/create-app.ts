import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@cg/api/core/config';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module';

/** Builds the Nest application; shared by main.ts and the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const logger: LogLevel[] = config.nodeEnv === 'test' ? ['error', 'warn'] : ['error', 'warn', 'log'];
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { logger, abortOnError: false });
  // Security headers (CSP, no sniffing, frame and referrer policies) on every response.
  app.use(helmet());
  app.use(cookieParser());
  // Requests are GraphQL operations, not uploads: 1 MB is ample and caps abuse.
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  return app;
}
