import { Injectable } from '@nestjs/common';
import { Page, PageArgs, TenantData, TenantScope, isUniqueViolation, paginate, randomToken } from '@switchboard/common';
import { SegmentsService } from '@switchboard/contacts';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { CreateJobInput } from './create-job.input';
import { Job } from './job.entity';

@Injectable()
export class JobsService {
  constructor(
    private readonly data: TenantData,
    private readonly segments: SegmentsService,
  ) {}

  async create(scope: TenantScope, input: CreateJobInput): Promise<Job> {
    if (input.segmentId) await this.segments.get(scope, input.segmentId);
    const jobs = this.data.for(scope).repository(Job);
    const job = jobs.create({
      key: input.id ?? `job_${randomToken(9)}`,
      title: input.title.trim(),
      url: input.url,
      segmentId: input.segmentId ?? null,
      message: input.message ?? null,
    });
    try {
      return await jobs.save(job);
    } catch (error) {
      if (isUniqueViolation(error, 'jobs_tenant_key')) throw new MessagingError(MessagingErrorCode.JOB_EXISTS, `Job ${job.key} already exists`);
      throw error;
    }
  }

  find(scope: TenantScope, key: string): Promise<Job | null> {
    return this.data.for(scope).repository(Job).findOne({ key });
  }

  async get(scope: TenantScope, key: string): Promise<Job> {
    const job = await this.find(scope, key);
    if (!job) throw new MessagingError(MessagingErrorCode.JOB_NOT_FOUND, `Job ${key} not found`);
    return job;
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<Job>> {
    return paginate(this.data.for(scope).repository(Job).select('job'), page);
  }
}
