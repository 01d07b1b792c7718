import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@switchboard/common';

@ArgsType()
export class RecentFailuresArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this bot's failures" })
  @IsOptional()
  @IsUUID()
  botId?: string;
}
