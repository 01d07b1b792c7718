import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_EXPLICIT_RECIPIENTS } from '../audience';
import { BroadcastError, BroadcastErrorCode } from '../broadcast.errors';
import { MAX_OUTBOUND_TEXT } from '@switchboard/messaging';

/** The one platform this service broadcasts on; Jina Connect's others are not ours. */
export const PLATFORMS = ['TELEGRAM'] as const;
const MAX_CONTACT_ID = 64;

/** Jina Connect's body for POST /broadcast/: sent as soon as it is accepted. */
export class SendNowBody {
  @ApiProperty({ example: 'Telegram Announcement', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: PLATFORMS, example: 'TELEGRAM' })
  @IsString()
  @MaxLength(32)
  platform!: string;

  @ApiProperty({ example: 'Hello from Jina Connect!', maxLength: MAX_OUTBOUND_TEXT, description: 'Merge fields like {{first_name|there}} are filled per contact' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OUTBOUND_TEXT)
  message_text!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: MAX_CONTACT_ID },
    minItems: 1,
    maxItems: MAX_EXPLICIT_RECIPIENTS,
    example: ['contact-uuid-1', 'contact-uuid-2'],
    description: 'Contact ids; ids naming no contact, and contacts not reachable on the bot, are counted as skipped',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXPLICIT_RECIPIENTS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX_CONTACT_ID, { each: true })
  recipients!: string[];

  @ApiPropertyOptional({ format: 'uuid', description: "The bot to send from; the tenant's first bot (a channel key's own) when absent" })
  @IsOptional()
  @IsUUID()
  bot_app_id?: string;
}

export function checkPlatform(platform: string): void {
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    throw new BroadcastError(BroadcastErrorCode.UNSUPPORTED_PLATFORM, `platform ${platform} is not supported: broadcasts go out on ${PLATFORMS.join(', ')}`);
  }
}
