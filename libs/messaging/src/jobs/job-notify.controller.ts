import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, TenantScope, openScouterOk } from '@switchboard/common';
import { JobNotifyBody } from './job-notify.args';
import { NotifyTester } from './notify-tester';

@ApiTags('OpenScouter')
@ApiBearerAuth()
@Controller('api/telegram')
export class JobNotifyController {
  constructor(private readonly notify: NotifyTester) {}

  @Post('job-notify')
  @HttpCode(200)
  @ApiOperation({ summary: "Tell one tester about a job on Telegram; 404 if they haven't connected Telegram" })
  async notifyTester(@CurrentTenant() scope: TenantScope, @Body() body: JobNotifyBody) {
    return openScouterOk(await this.notify.execute(scope, body.testerId, body.jobId, body.message));
  }
}
