import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IdAsString, IsRowId } from '@switchboard/common';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const MAX_LINK_TTL_SECONDS = 90 * 24 * 3_600;

@ObjectType()
export class ConnectLinkObject {
  @Field({ description: 'https://t.me/<bot>?start=<payload>' })
  url!: string;

  @Field()
  payload!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => ID)
  contactId!: string;

  @Field(() => ID)
  botId!: string;

  @Field()
  botUsername!: string;
}

@InputType()
export class CreateConnectLinkInput {
  @ApiPropertyOptional({ description: 'The contact to connect (or give externalCustomerId)' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IdAsString()
  @IsRowId()
  contactId?: string;

  @ApiPropertyOptional({ description: "The tenant's own id of the person, e.g. OpenScouter's testerId" })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalCustomerId?: string;

  @ApiPropertyOptional({ description: "The bot the link opens; the tenant's first bot when absent" })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  botId?: string;

  @ApiPropertyOptional({ description: 'Seconds the link stays valid (default 7 days, at most 90 days)' })
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(MAX_LINK_TTL_SECONDS)
  ttlSeconds?: number;
}
