import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentTenant, ListQuery, TenantScope, toListResponse } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { TenantError, TenantErrorCode } from './tenant.errors';

export function presentApiKey(apiKey: ApiKey) {
  return {
    id: apiKey.id,
    name: apiKey.name,
    prefix: apiKey.prefix,
    bot_id: apiKey.botId,
    created_at: apiKey.createdAt,
    last_used_at: apiKey.lastUsedAt,
    revoked_at: apiKey.revokedAt,
  };
}

/** Lets a backend rotate its own keys: make the new one, deploy it, revoke the old one. */
@ApiTags('API keys')
@ApiBearerAuth()
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: "List the tenant's active API keys" })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.apiKeys.list(scope, query.toPageArgs()), presentApiKey);
  }

  @Get(':id')
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    const apiKey = await this.apiKeys.find(scope, id);
    if (!apiKey) throw new TenantError(TenantErrorCode.API_KEY_NOT_FOUND, `API key ${id} not found`);
    return presentApiKey(apiKey);
  }

  @Allow('tenant-admin')
  @Post()
  @ApiOperation({ summary: 'Create an API key; `key` is shown only in this answer' })
  async create(@CurrentTenant() scope: TenantScope, @Body() input: CreateApiKeyInput) {
    const { apiKey, key } = await this.apiKeys.issue(scope, input.name);
    return { ...presentApiKey(apiKey), key };
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; calls with it answer 401 from then on' })
  async revoke(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentApiKey(await this.apiKeys.revoke(scope, id));
  }
}
