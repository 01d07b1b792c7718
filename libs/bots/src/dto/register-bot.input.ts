import { IsOptionalButNotNull } from '@switchboard/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { MAX_DAILY_LIMIT } from './register-bot.body';

@InputType()
export class RegisterBotInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ description: 'The token from @BotFather; stored encrypted, never shown again' })
  @IsString()
  @MaxLength(128)
  botToken!: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_DAILY_LIMIT)
  dailyLimit?: number | null;

  @Field(() => String, { nullable: true, description: 'N/s or N/min' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  sendRate?: string | null;

  @Field({ nullable: true, description: "Paid broadcasts (Telegram's allow_paid_broadcast): up to 1,000 messages/s; off by default" })
  @IsOptional()
  @IsBoolean()
  paidBroadcasts?: boolean;
}

@InputType()
export class UpdateBotInput {
  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(128)
  botToken?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_DAILY_LIMIT)
  dailyLimit?: number | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(32)
  sendRate?: string | null;

  @Field({ nullable: true, description: "Paid broadcasts (Telegram's allow_paid_broadcast): up to 1,000 messages/s; off by default" })
  @IsOptionalButNotNull()
  @IsBoolean()
  paidBroadcasts?: boolean;
}
