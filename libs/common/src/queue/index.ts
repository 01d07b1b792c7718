export * from './job-queue.service';
export * from './queue.module';
