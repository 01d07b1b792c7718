import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, ApiErrors, CurrentTenant, TenantScope } from '@switchboard/common';
import { SENSAY_API_VERSIONS, SensayApiVersionGuard } from '../sensay-api-version.guard';
import { TelegramIntegrationBody } from './dto/telegram-integration.input';
import { presentIntegration, sensayIdOf } from './present-integration';
import { ReplicaIntegrationsService } from './replica-integrations.service';
import { INTEGRATION_ACCEPTED_SCHEMA, INTEGRATION_SCHEMA, INTEGRATION_STARTED_SCHEMA, SENSAY_OK_SCHEMA } from '../replicas.openapi';

/** Sensay's words for a start that goes on in the background. */
const ACCEPTED_MESSAGE =
  'Telegram integration created successfully, but failed to notify the external integration server. If you are using the default Sensay Telegram Integration, we will retry starting the bot asynchronously.';

/** Sensay's Telegram integration of a replica. */
@ApiTags('Sensay')
@ApiHeader({ name: 'X-API-Version', required: false, enum: SENSAY_API_VERSIONS, description: `Default ${SENSAY_API_VERSIONS[0]}` })
@UseGuards(SensayApiVersionGuard)
@Controller('v1/replicas/:replicaUUID/integrations/telegram')
export class ReplicaIntegrationsController {
  constructor(private readonly integrations: ReplicaIntegrationsService) {}

  @Allow('tenant-wide')
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Run a Telegram bot for the replica: 200 once started, 202 while Telegram cannot be reached (retried in the background)' })
  @ApiOkResponse({ description: 'Telegram integration created successfully: the bot is started', schema: INTEGRATION_STARTED_SCHEMA })
  @ApiAcceptedResponse({
    description: 'Telegram integration created successfully, but Telegram could not be reached: the bot is started in the background',
    schema: INTEGRATION_ACCEPTED_SCHEMA,
  })
  @ApiErrors({
    400: 'Invalid input; a token Telegram does not know, a bot registered by another tenant, or a bot of the tenant registered with another token',
    403: "A channel key (integrations are tenant-wide), or the operator's token",
    404: "No replica with this uuid, a malformed uuid, or another tenant's",
    409: 'The bot answers for another replica (TELEGRAM_BOT_TAKEN), or the replica has an integration with another token (INTEGRATION_EXISTS)',
  })
  async create(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string, @Body() body: TelegramIntegrationBody, @Res({ passthrough: true }) response: Response) {
    const { integration, started } = await this.integrations.integrate(scope, replicaId, { telegramToken: body.telegram_token, mention: body.mention });
    if (started) return { success: true, id: sensayIdOf(integration) };
    response.status(202);
    return { success: true, id: sensayIdOf(integration), message: ACCEPTED_MESSAGE };
  }

  @Get()
  @ApiOperation({ summary: "The replica's Telegram integration: state starting | active | failing, and the last error" })
  @ApiOkResponse({ description: 'The integration', schema: INTEGRATION_SCHEMA })
  @ApiErrors({ 404: "No replica with this uuid, or another tenant's, or the replica has no integration" })
  async get(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string) {
    return presentIntegration(await this.integrations.get(scope, replicaId));
  }

  @Allow('tenant-wide')
  @Delete()
  @ApiOperation({ summary: 'Stop the replica answering on Telegram; a bot the integration registered is retired (webhook removed)' })
  @ApiOkResponse({ description: 'Removed', schema: SENSAY_OK_SCHEMA })
  @ApiErrors({
    403: "A channel key (integrations are tenant-wide), or the operator's token",
    404: "No replica with this uuid, or another tenant's, or the replica has no integration",
  })
  async delete(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') replicaId: string) {
    await this.integrations.remove(scope, replicaId);
    return { success: true };
  }
}
