import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentTenant, TenantScope } from '@switchboard/common';
import { SENSAY_API_VERSIONS, SensayApiVersionGuard } from '../sensay-api-version.guard';
import { TelegramIntegrationBody } from './dto/telegram-integration.input';
import { presentIntegration, sensayIdOf } from './present-integration';
import { ReplicaIntegrationsService } from './replica-integrations.service';

/** Sensay's words for a start that goes on in the background. */
const ACCEPTED_MESSAGE =
  'Telegram integration created successfully, but failed to notify the external integration server. If you are using the default Sensay Telegram Integration, we will retry starting the bot asynchronously.';

/** Sensay's Telegram integration of a replica. */
@ApiTags('Sensay')
@ApiBearerAuth()
@ApiSecurity('X-ORGANIZATION-SECRET')
@ApiHeader({ name: 'X-API-Version', required: false, enum: SENSAY_API_VERSIONS, description: `Default ${SENSAY_API_VERSIONS[0]}` })
@UseGuards(SensayApiVersionGuard)
@Controller('v1/replicas/:replicaUUID/integrations/telegram')
export class ReplicaIntegrationsController {
  constructor(private readonly integrations: ReplicaIntegrationsService) {}

  @Allow('tenant-wide')
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Run a Telegram bot for the replica: 200 once started, 202 while Telegram cannot be reached (retried in the background)' })
  @ApiResponse({ status: 202, description: 'Created; the bot is started in the background' })
  @ApiResponse({ status: 409, description: 'The replica already has an integration with another token' })
  async create(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string, @Body() body: TelegramIntegrationBody, @Res({ passthrough: true }) response: Response) {
    const { integration, started } = await this.integrations.integrate(scope, replicaId, { telegramToken: body.telegram_token, mention: body.mention });
    if (started) return { success: true, id: sensayIdOf(integration) };
    response.status(202);
    return { success: true, id: sensayIdOf(integration), message: ACCEPTED_MESSAGE };
  }

  @Get()
  @ApiOperation({ summary: "The replica's Telegram integration: state starting | active | failing, and the last error" })
  async get(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string) {
    return presentIntegration(await this.integrations.get(scope, replicaId));
  }

  @Allow('tenant-wide')
  @Delete()
  @ApiOperation({ summary: 'Stop the replica answering on Telegram; a bot the integration registered is retired (webhook removed)' })
  async delete(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string) {
    await this.integrations.remove(scope, replicaId);
    return { success: true };
  }
}
