import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdAsString, IsTelegramChatId } from '@switchboard/common';
import { IsDefined, IsOptional, IsString, MaxLength } from 'class-validator';
import { INTERACTIVE_TYPES } from './interactive-message';

/** Octopods' message structure; the markup is checked against Telegram's rules for the type. */
const INTERACTIVE_MESSAGE_SCHEMA = {
  type: 'object',
  required: ['type', 'text', 'reply_markup'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...INTERACTIVE_TYPES] },
    text: { type: 'string', minLength: 1, maxLength: 4096, description: 'The message text shown to the recipient' },
    reply_markup: {
      type: 'object',
      additionalProperties: true,
      description: '`inline_keyboard` (reply_buttons), `keyboard` (reply_keyboard), `remove_keyboard: true` (remove_reply_keyboard) or `force_reply: true` (highlight_reply), with Telegram\'s options',
    },
  },
  // Octopods' own example request.
  example: {
    type: 'reply_buttons',
    text: 'Ready to confirm your appointment?',
    reply_markup: {
      inline_keyboard: [
        [
          { text: 'Confirm', switch_inline_query_current_chat: 'confirm' },
          { text: 'Reschedule', switch_inline_query_current_chat: 'reschedule' },
        ],
      ],
    },
  },
};

/** Octopods' POST /api/v1/telegram/interactive body. */
export class InteractiveBody {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'integer' }], example: '123456789', description: 'The Telegram chat id of the recipient' })
  @IdAsString()
  @IsTelegramChatId()
  destination_user_id!: string;

  @ApiProperty({
    description: 'The interactive payload, as an object or stringified JSON',
    oneOf: [INTERACTIVE_MESSAGE_SCHEMA, { type: 'string', description: 'The same object as JSON text' }],
    example: INTERACTIVE_MESSAGE_SCHEMA.example,
  })
  @IsDefined()
  telegram_interactive_message!: unknown;

  @ApiPropertyOptional({ description: 'The Intercom teammate who appears as the sender' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  intercom_teammate_id?: string;
}
