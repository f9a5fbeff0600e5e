import { MiddlewareConsumer, Module, NestModule, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CancelAbandonedQueriesMiddleware } from './cancel-abandoned-queries.middleware';
import { enforceRowLevelAccess } from './enforce-row-access';

/**
 * Turns on row-level access for the app's DataSource once it is connected and migrated, and
 * cancels the statements of requests whose clients went away.
 */
@Module({})
export class RowAccessModule implements OnModuleInit, NestModule {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    enforceRowLevelAccess(this.dataSource);
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CancelAbandonedQueriesMiddleware).forRoutes('*path');
  }
}
