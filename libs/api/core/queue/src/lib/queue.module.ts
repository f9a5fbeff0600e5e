import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue, QUEUE_OPTIONS, QueueOptions } from './job-queue';

/** One job queue for the application's background work (email today). */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueOptions): DynamicModule {
    return {
      module: QueueModule,
      providers: [{ provide: QUEUE_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
