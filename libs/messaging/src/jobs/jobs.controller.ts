import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentTenant, TenantScope, openScouterOk } from '@switchboard/common';
import { CreateJobInput } from './create-job.input';
import { JobsService } from './jobs.service';
import { presentJob } from './present-job';

@ApiTags('OpenScouter')
@ApiBearerAuth()
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Allow('tenant-wide')
  @Post()
  @ApiOperation({ summary: 'Announce a job (a study, an offer): title, link, target segment, message' })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateJobInput) {
    return openScouterOk(presentJob(await this.jobs.create(scope, body)));
  }

  @Get(':id')
  async get(@CurrentTenant() scope: TenantScope, @Param('id') id: string) {
    return openScouterOk(presentJob(await this.jobs.get(scope, id)));
  }
}
