import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject, IsRowId, IsTelegramChatId, IsTelegramPhoto, MAX_CAPTION_LENGTH } from '@switchboard/common';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Long texts are split into several Telegram messages; beyond this, a message is a mistake. */
export const MAX_OUTBOUND_TEXT = 32_768;
export const PARSE_MODES = ['HTML', 'MarkdownV2', 'Markdown'];

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID()
  botId!: string;

  @Field(() => ID, { nullable: true, description: 'The contact to write to (its identity on the bot), or give chatId' })
  @IsOptional()
  @IsRowId({ message: 'contactId must be a contact id' })
  contactId?: string;

  @Field({ nullable: true, description: 'A Telegram chat the bot knows' })
  @IsOptional()
  @IsTelegramChatId()
  chatId?: string;

  @Field({ description: `The text (split into several messages beyond 4,096 characters), or the caption of the photo (at most ${MAX_CAPTION_LENGTH} characters)` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OUTBOUND_TEXT)
  text!: string;

  @Field({ nullable: true, description: 'A photo to send with the text as its caption: an http(s) URL or a Telegram file_id' })
  @IsOptional()
  @IsTelegramPhoto()
  photo?: string;

  @Field({ nullable: true, description: 'HTML, MarkdownV2 or Markdown' })
  @IsOptional()
  @IsIn(PARSE_MODES)
  parseMode?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Any of Telegram's reply markups (inline_keyboard, keyboard, remove_keyboard, force_reply)" })
  @IsOptional()
  @IsObject()
  replyMarkup?: Record<string, unknown>;

  @Field({ nullable: true, description: 'Route URL buttons through Switchboard to mark the message CLICKED when opened (default true)' })
  @IsOptional()
  @IsBoolean()
  trackUrls?: boolean;
}

@InputType()
export class SendInteractiveMessageInput {
  @Field(() => ID)
  @IsUUID()
  botId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsRowId({ message: 'contactId must be a contact id' })
  contactId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTelegramChatId()
  chatId?: string;

  @Field(() => GraphQLJSONObject, { description: "Octopods' telegram_interactive_message: { type, text, reply_markup }" })
  @IsObject()
  message!: Record<string, unknown>;

  @Field({ nullable: true, description: 'Who appears as the sender' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sender?: string;
}
