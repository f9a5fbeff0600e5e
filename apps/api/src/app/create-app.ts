import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@cg/api/core/config';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

/** Builds the Nest application; shared by main.ts and the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const logger: LogLevel[] = config.nodeEnv === 'test' ? ['error', 'warn'] : ['error', 'warn', 'log'];
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), { logger, abortOnError: false });
  app.use(cookieParser());
  app.enableShutdownHooks();
  return app;
}
