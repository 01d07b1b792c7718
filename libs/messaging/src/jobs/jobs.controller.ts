import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, oas, TenantScope, openScouterOk } from '@switchboard/common';
import { JOB_SCHEMA } from '../messaging.openapi';
import { CreateJobInput } from './create-job.input';
import { JobsService } from './jobs.service';
import { presentJob } from './present-job';

@ApiTags('OpenScouter')
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Allow('tenant-wide')
  @Post()
  @ApiOperation({ summary: 'Announce a job (a study, an offer): title, link, target segment, message' })
  @ApiCreatedResponse({ description: 'The job', schema: oas.openScouterOf(JOB_SCHEMA) })
  @ApiErrors({
    403: "A channel key (jobs are tenant-wide), or the operator's token",
    404: "segmentId names no segment of the tenant (SEGMENT_NOT_FOUND)",
    409: 'A job with this id exists already (JOB_EXISTS)',
  })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateJobInput) {
    return openScouterOk(presentJob(await this.jobs.create(scope, body)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A job, by the id it was created with' })
  @ApiOkResponse({ description: 'The job', schema: oas.openScouterOf(JOB_SCHEMA) })
  @ApiErrors({ 404: 'No job with this id (JOB_NOT_FOUND)' })
  async get(@CurrentTenant() scope: TenantScope, @Param('id') id: string) {
    return openScouterOk(presentJob(await this.jobs.get(scope, id)));
  }
}
