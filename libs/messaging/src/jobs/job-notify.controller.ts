import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentTenant, oas, TenantScope, openScouterOk } from '@switchboard/common';
import { JOB_NOTIFICATION_SCHEMA } from '../messaging.openapi';
import { JobNotifyBody } from './job-notify.args';
import { NotifyTester } from './notify-tester';

@ApiTags('OpenScouter')
@Controller('api/telegram')
export class JobNotifyController {
  constructor(private readonly notify: NotifyTester) {}

  @Post('job-notify')
  @HttpCode(200)
  @ApiOperation({ summary: "Tell one tester about a job on Telegram; 404 if they haven't connected Telegram" })
  @ApiOkResponse({ description: 'Sent', schema: oas.openScouterOf(JOB_NOTIFICATION_SCHEMA) })
  @ApiErrors({
    404: "The tester has not connected Telegram on the tenant's first bot, or blocked it (TESTER_NOT_CONNECTED); no such job (JOB_NOT_FOUND); the tenant has no bot yet (NO_BOT)",
    502: 'Telegram rejected the notification (TELEGRAM_REJECTED)',
  })
  async notifyTester(@CurrentTenant() scope: TenantScope, @Body() body: JobNotifyBody) {
    return openScouterOk(await this.notify.execute(scope, body.testerId, body.jobId, body.message));
  }
}
