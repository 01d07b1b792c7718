import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_OUTBOUND_TEXT, PARSE_MODES } from '@switchboard/messaging';

@ArgsType()
export class BroadcastPreviewArgs {
  @Field(() => ID, { description: 'The bot it would be sent from' })
  @IsUUID()
  botId!: string;

  @Field(() => ID, { description: 'The contact it would be sent to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  contactId!: string;

  @Field({ description: 'The text (or caption) with its merge fields, as createBroadcast takes it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OUTBOUND_TEXT)
  text!: string;

  @Field(() => String, { nullable: true, description: 'HTML, MarkdownV2 or Markdown: how the contact’s values are escaped' })
  @IsOptional()
  @IsIn(PARSE_MODES)
  parseMode?: string | null;
}
