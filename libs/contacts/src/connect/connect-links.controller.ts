import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, TenantScope, openScouterOk } from '@switchboard/common';
import { CreateConnectLink } from './create-connect-link';
import { CreateConnectLinkInput } from './connect-link.types';

@ApiTags('OpenScouter')
@ApiBearerAuth()
@Controller('api/telegram')
export class ConnectLinksController {
  constructor(private readonly createLink: CreateConnectLink) {}

  @Post('connect-link')
  @ApiOperation({ summary: 'A "connect your Telegram" link for a contact: https://t.me/<bot>?start=<signed, expiring payload>' })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateConnectLinkInput) {
    return openScouterOk(await this.createLink.execute(scope, body));
  }
}
