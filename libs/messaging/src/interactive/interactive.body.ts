import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdAsString, IsTelegramChatId } from '@switchboard/common';
import { IsDefined, IsOptional, IsString, MaxLength } from 'class-validator';

/** Octopods' POST /api/v1/telegram/interactive body. */
export class InteractiveBody {
  @ApiProperty({ example: '123456789', description: 'The Telegram chat id of the recipient' })
  @IdAsString()
  @IsTelegramChatId()
  destination_user_id!: string;

  @ApiProperty({ description: 'The interactive payload, as an object or stringified JSON', example: { type: 'reply_buttons', text: 'Ready?', reply_markup: { inline_keyboard: [[{ text: 'Confirm', switch_inline_query_current_chat: 'confirm' }]] } } })
  @IsDefined()
  telegram_interactive_message!: unknown;

  @ApiPropertyOptional({ description: 'The Intercom teammate who appears as the sender' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  intercom_teammate_id?: string;
}
