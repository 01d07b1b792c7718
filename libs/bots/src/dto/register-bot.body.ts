import { IsOptionalButNotNull } from '@switchboard/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export const MAX_DAILY_LIMIT = 100_000_000;

/** Jina Connect's body for POST /telegram/v1/bots/. */
export class RegisterBotBody {
  @ApiProperty({ example: 'My Support Bot', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', description: 'From @BotFather' })
  @IsString()
  @MaxLength(128)
  bot_token!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_DAILY_LIMIT, example: 1000, nullable: true, description: 'Messages per UTC day; null or absent for no limit' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_DAILY_LIMIT)
  daily_limit?: number | null;

  @ApiPropertyOptional({ type: 'string', maxLength: 32, example: '30/s', nullable: true, description: 'N/s or N/min; absent for TELEGRAM_RATE_LIMIT' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  send_rate?: string | null;

  @ApiPropertyOptional({ description: "Paid broadcasts (Telegram's allow_paid_broadcast, enabled in @BotFather, billed in Stars): up to 1,000 messages/s. Off when absent" })
  @IsOptional()
  @IsBoolean()
  paid_broadcasts?: boolean;
}

/** PUT /telegram/v1/bots/{id}/: any of the registration fields; a new bot_token is checked with getMe. */
export class UpdateBotBody {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'A new token of the same bot (after /revoke at @BotFather)' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(128)
  bot_token?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_DAILY_LIMIT, nullable: true, description: 'Messages per UTC day; null for no limit' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_DAILY_LIMIT)
  daily_limit?: number | null;

  @ApiPropertyOptional({ type: 'string', maxLength: 32, nullable: true, example: '20/min', description: 'N/s or N/min; null for TELEGRAM_RATE_LIMIT' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(32)
  send_rate?: string | null;

  @ApiPropertyOptional({ description: "Paid broadcasts (Telegram's allow_paid_broadcast, enabled in @BotFather, billed in Stars): up to 1,000 messages/s. Off when absent" })
  @IsOptionalButNotNull()
  @IsBoolean()
  paid_broadcasts?: boolean;
}
