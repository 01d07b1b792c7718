import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, TenantScope } from '@switchboard/common';
import { AppTokensService, TokenResult } from './app-tokens.service';
import { TokensBody } from './tokens.body';

@ApiTags('eSputnik')
@ApiBearerAuth()
@Controller('v1/apps')
export class AppTokensController {
  constructor(private readonly tokens: AppTokensService) {}

  @Post(':appId/tokens')
  @HttpCode(200)
  @ApiOperation({ summary: "Add contacts' tokens (Telegram chat ids) for an app (a bot); one result per token, in request order" })
  async add(
    @CurrentTenant() scope: TenantScope,
    @Param('appId', ParseUUIDPipe) appId: string,
    @Body() body: TokensBody,
  ): Promise<{ results: TokenResult[] }> {
    return { results: await this.tokens.add(scope, appId, body.tokens) };
  }
}
