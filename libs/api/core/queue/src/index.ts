export * from './lib/job-queue';
export * from './lib/queue.module';
