import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { MENTION_MAX_LENGTH } from '../replica-telegram-integration.entity';

/** A token as @BotFather issues it: the bot's numeric id, a colon, the secret. */
const TELEGRAM_TOKEN = /^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$/;

function TelegramTokenRules(name: string) {
  return applyDecorators(
    ApiProperty({ example: '123456789:AAH-example-secret', description: 'The bot token from @BotFather' }),
    IsString(),
    Matches(TELEGRAM_TOKEN, { message: `${name} must be a Telegram bot token (<bot id>:<secret> from @BotFather)` }),
  );
}

function MentionRules() {
  return applyDecorators(ApiProperty({ example: 'concierge_bot', maxLength: MENTION_MAX_LENGTH, description: "The bot's name as people mention it" }), IsString(), IsNotEmpty(), MaxLength(MENTION_MAX_LENGTH));
}

/** Sensay's body, in its own snake_case. */
export class TelegramIntegrationBody {
  @TelegramTokenRules('telegram_token')
  telegram_token!: string;

  @MentionRules()
  mention!: string;
}

/** The same in GraphQL's camelCase. */
@InputType()
export class TelegramIntegrationInput {
  @Field()
  @TelegramTokenRules('telegramToken')
  telegramToken!: string;

  @Field()
  @MentionRules()
  mention!: string;
}
