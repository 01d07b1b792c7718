import { Job } from './job.entity';

export function presentJob(job: Job) {
  return { id: job.key, title: job.title, url: job.url, segmentId: job.segmentId, message: job.message, createdAt: job.createdAt };
}
