import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentTenant, oas, TenantScope, openScouterOk } from '@switchboard/common';
import { CONNECT_LINK_SCHEMA } from '../contacts.openapi';
import { CreateConnectLink } from './create-connect-link';
import { CreateConnectLinkInput } from './connect-link.types';

@ApiTags('OpenScouter')
@Controller('api/telegram')
export class ConnectLinksController {
  constructor(private readonly createLink: CreateConnectLink) {}

  @Post('connect-link')
  @ApiOperation({ summary: 'A "connect your Telegram" link for a contact: https://t.me/<bot>?start=<signed, expiring payload>' })
  @ApiCreatedResponse({ description: 'The link', schema: oas.openScouterOf(CONNECT_LINK_SCHEMA) })
  @ApiErrors({
    400: 'Invalid input, or neither contactId nor externalCustomerId (IDENTIFIER_REQUIRED)',
    404: 'No such contact (CONTACT_NOT_FOUND), botId names no bot of the tenant, or the tenant has no bot yet',
  })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateConnectLinkInput) {
    return openScouterOk(await this.createLink.execute(scope, body));
  }
}
