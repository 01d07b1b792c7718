import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, TenantScope, openScouterOk } from '@switchboard/common';
import { SendJobBody } from './dto/send-job.body';
import { SendJob } from './send-job';

@ApiTags('OpenScouter')
@ApiBearerAuth()
@Controller('api/telegram')
export class SendJobController {
  constructor(private readonly sendJob: SendJob) {}

  @Post('send-job')
  @HttpCode(200)
  @ApiOperation({
    summary: "Broadcast a job to every tester its targeting matches (filterBySegment false: every contact), with a button to its link",
    description: 'Answers when every notification is settled, or after about 5 s with metadata { broadcastId, status, queued } to follow with GET /broadcast/{id}/',
  })
  async send(@CurrentTenant() scope: TenantScope, @Body() body: SendJobBody) {
    const { sent, underway } = await this.sendJob.execute(scope, body.jobId, body.filterBySegment ?? true);
    return openScouterOk(sent, underway);
  }
}
