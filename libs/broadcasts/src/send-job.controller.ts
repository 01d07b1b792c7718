import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentTenant, oas, TenantScope, openScouterOk } from '@switchboard/common';
import { JOB_SENT_SCHEMA, JOB_UNDERWAY_SCHEMA } from './broadcasts.openapi';
import { SendJobBody } from './dto/send-job.body';
import { SendJob } from './send-job';

@ApiTags('OpenScouter')
@Controller('api/telegram')
export class SendJobController {
  constructor(private readonly sendJob: SendJob) {}

  @Post('send-job')
  @HttpCode(200)
  @ApiOperation({
    summary: "Broadcast a job to every tester its targeting matches (filterBySegment false: every contact), with a button to its link",
    description: 'Answers when every notification is settled, or after about 5 s with metadata { broadcastId, status, queued } to follow with GET /broadcast/{id}/',
  })
  @ApiOkResponse({ description: 'The counts; `metadata` tells how to follow a broadcast still going', schema: oas.openScouterOf(JOB_SENT_SCHEMA, JOB_UNDERWAY_SCHEMA) })
  @ApiErrors({ 404: 'No job with this id (JOB_NOT_FOUND), or the tenant has no bot yet (NO_BOT)' })
  async send(@CurrentTenant() scope: TenantScope, @Body() body: SendJobBody) {
    const { sent, underway } = await this.sendJob.execute(scope, body.jobId, body.filterBySegment ?? true);
    return openScouterOk(sent, underway);
  }
}
