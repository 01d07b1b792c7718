import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, ListQuery, oas, TenantScope, toListResponse } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { API_KEY_CREATED_SCHEMA, API_KEY_SCHEMA } from './api-keys.openapi';
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
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: "List the tenant's active API keys" })
  @ApiOkResponse({ description: "A page of the tenant's active keys (a channel key sees only itself)", schema: oas.listOf(API_KEY_SCHEMA) })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.apiKeys.list(scope, query.toPageArgs()), presentApiKey);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An API key, without the key itself' })
  @ApiOkResponse({ description: 'The key', schema: API_KEY_SCHEMA })
  @ApiErrors({ 400: 'The id is not a UUID', 404: "No API key with this id, or another tenant's (a channel key sees only itself)" })
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    const apiKey = await this.apiKeys.find(scope, id);
    if (!apiKey) throw new TenantError(TenantErrorCode.API_KEY_NOT_FOUND, `API key ${id} not found`);
    return presentApiKey(apiKey);
  }

  @Allow('tenant-admin')
  @Post()
  @ApiOperation({ summary: 'Create an API key; `key` is shown only in this answer' })
  @ApiCreatedResponse({ description: 'The new key, with `key`', schema: API_KEY_CREATED_SCHEMA })
  @ApiErrors({ 403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token" })
  async create(@CurrentTenant() scope: TenantScope, @Body() input: CreateApiKeyInput) {
    const { apiKey, key } = await this.apiKeys.issue(scope, input.name);
    return { ...presentApiKey(apiKey), key };
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; calls with it answer 401 from then on' })
  @ApiOkResponse({ description: 'The key, revoked', schema: API_KEY_SCHEMA })
  @ApiErrors({
    400: 'The id is not a UUID',
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    404: "No API key with this id, or another tenant's",
  })
  async revoke(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentApiKey(await this.apiKeys.revoke(scope, id));
  }
}
