import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { CreateJobInput } from './create-job.input';
import { Job } from './job.entity';
import { JobNotificationSent, JobNotifyBody } from './job-notify.args';
import { JobsService } from './jobs.service';
import { NotifyTester } from './notify-tester';

const JobPage = Paginated(Job);

@Resolver(() => Job)
export class JobsResolver {
  constructor(
    private readonly jobsService: JobsService,
    private readonly notifyTester: NotifyTester,
  ) {}

  @Allow('tenant-wide')
  @Mutation(() => Job)
  createJob(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateJobInput): Promise<Job> {
    return this.jobsService.create(scope, input);
  }

  @Query(() => Job, { nullable: true })
  job(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Job | null> {
    return this.jobsService.find(scope, id);
  }

  @Query(() => JobPage)
  jobs(@CurrentTenant() scope: TenantScope, @Args() page: PageArgs) {
    return this.jobsService.list(scope, page);
  }

  @Mutation(() => JobNotificationSent, {
    description:
      "Tells one tester about a job on the tenant's first bot (a channel key: its own bot), as REST job-notify does, and waits for Telegram's answer: NOT_FOUND (TESTER_NOT_CONNECTED, JOB_NOT_FOUND) when the tester has no reachable Telegram chat or the job does not exist",
  })
  async notifyJobTester(@CurrentTenant() scope: TenantScope, @Args() args: JobNotifyBody): Promise<JobNotificationSent> {
    const sent = await this.notifyTester.execute(scope, args.testerId, args.jobId, args.message);
    return { ...sent, telegramChatId: String(sent.telegramChatId), messageId: String(sent.messageId) };
  }
}
