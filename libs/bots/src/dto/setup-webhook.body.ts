import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { TELEGRAM_UPDATE_TYPES } from '../allowed-updates';

/** OpenScouter's POST /api/telegram/setup. */
export class SetupWebhookBody {
  @ApiProperty({ example: 'https://openscouter.com/api/telegram/webhook' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  webhookUrl!: string;

  @ApiPropertyOptional({ example: ['message', 'callback_query'], description: 'Defaults to all types' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TELEGRAM_UPDATE_TYPES.length)
  @IsIn(TELEGRAM_UPDATE_TYPES, { each: true })
  allowedUpdates?: string[];

  @ApiPropertyOptional({ description: "The bot to act on; the tenant's first bot when absent" })
  @IsOptional()
  @IsUUID()
  botId?: string;
}

export class BotQuery {
  @ApiPropertyOptional({ description: "The bot to act on; the tenant's first bot when absent" })
  @IsOptional()
  @IsUUID()
  botId?: string;
}
