import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { CreateJobInput } from './create-job.input';
import { Job } from './job.entity';
import { JobsService } from './jobs.service';

const JobPage = Paginated(Job);

@Resolver(() => Job)
export class JobsResolver {
  constructor(private readonly jobsService: JobsService) {}

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
}
