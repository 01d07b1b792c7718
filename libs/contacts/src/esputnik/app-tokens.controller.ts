import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentTenant, TenantScope } from '@switchboard/common';
import { TOKEN_RESULTS_SCHEMA } from '../contacts.openapi';
import { AppTokensService, TokenResult } from './app-tokens.service';
import { TokensBody } from './tokens.body';

@ApiTags('eSputnik')
@Controller('v1/apps')
export class AppTokensController {
  constructor(private readonly tokens: AppTokensService) {}

  @Post(':appId/tokens')
  @HttpCode(200)
  @ApiOperation({ summary: "Add contacts' tokens (Telegram chat ids) for an app (a bot); one result per token, in request order" })
  @ApiOkResponse({ description: 'One result per token, in request order', schema: TOKEN_RESULTS_SCHEMA })
  @ApiErrors({
    400: 'Invalid input, or an app id that is not a UUID. (An entry that cannot be applied fails alone, in its result, with 200.)',
    404: "No app (bot) with this id, or another tenant's",
  })
  async add(
    @CurrentTenant() scope: TenantScope,
    @Param('appId', ParseUUIDPipe) appId: string,
    @Body() body: TokensBody,
  ): Promise<{ results: TokenResult[] }> {
    return { results: await this.tokens.add(scope, appId, body.tokens) };
  }
}
