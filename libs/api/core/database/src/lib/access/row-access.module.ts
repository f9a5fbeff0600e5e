import { MiddlewareConsumer, Module, NestModule, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { AccessChangeListener } from './access-changes';
import { CancelAbandonedQueriesMiddleware } from './cancel-abandoned-queries.middleware';
import { enforceRowLevelAccess } from './enforce-row-access';

/**
 * Turns on row-level access for the app's DataSource once it is connected and migrated, listens
 * for changes to what sessions may read (access-changes.ts), and cancels the statements of
 * requests whose clients went away.
 */
@Module({})
export class RowAccessModule implements OnModuleInit, OnModuleDestroy, NestModule {
  private listener?: AccessChangeListener;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    enforceRowLevelAccess(this.dataSource);
    const pool = (this.dataSource.driver as unknown as { master?: { options: ClientConfig } }).master;
    if (!pool) return;
    this.listener = new AccessChangeListener(pool.options);
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CancelAbandonedQueriesMiddleware).forRoutes('*path');
  }
}
