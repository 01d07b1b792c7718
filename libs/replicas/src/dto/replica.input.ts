import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { REPLICA_LIMITS as LIMITS, ReplicaType } from '../replica.entity';
import { IsHttpUrl } from '@switchboard/common';
import { IsAnswerEndpointUrl, IsStandardWebhookSecret } from './answerer-validators';

@InputType()
export class ReplicaLlmInput {
  @ApiProperty({ example: 'gpt-4o', maxLength: LIMITS.model })
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9._:/-]+$/, { message: 'llm.model must be letters, digits and . _ : / -' })
  @MaxLength(LIMITS.model)
  model!: string;

  @ApiPropertyOptional({ example: 'You are a friendly concierge.', maxLength: LIMITS.systemMessage })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.systemMessage)
  systemMessage?: string;

  @ApiPropertyOptional({ example: 'https://llm.example.com/v1', maxLength: LIMITS.url, description: 'An OpenAI-compatible API of its own; unset: the platform’s' })
  @Field({ nullable: true })
  @IsOptional()
  @IsHttpUrl()
  @MaxLength(LIMITS.url)
  baseUrl?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.apiKey, description: 'Write-only; only with baseUrl. Left out on a replace, the stored key stays while baseUrl stays the same' })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.apiKey)
  apiKey?: string;
}

/** The tenant's endpoint that answers for the replica, and the secret its requests are signed with. */
@InputType()
export class ReplicaEndpointInput {
  @ApiProperty({ example: 'https://bot.example.com/replica-answers', maxLength: LIMITS.url, description: 'https (http only to localhost)' })
  @Field()
  @IsAnswerEndpointUrl()
  @MaxLength(LIMITS.url)
  url!: string;

  @ApiPropertyOptional({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Write-only Standard Webhooks secret. Required unless the url stays the same, which keeps the stored one',
  })
  @Field({ nullable: true })
  @IsOptional()
  @IsStandardWebhookSecret()
  secret?: string;
}

/** A replica's fields, for creating one and for replacing all of them (REST body and GraphQL input alike). */
@InputType()
export class ReplicaInput {
  @ApiProperty({ example: 'Concierge', maxLength: LIMITS.name })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @ApiProperty({ example: 'Answers questions about the hotel', maxLength: LIMITS.shortDescription })
  @Field()
  @IsString()
  @MaxLength(LIMITS.shortDescription)
  shortDescription!: string;

  @ApiProperty({ example: 'Hi! How can I help?', maxLength: LIMITS.greeting })
  @Field()
  @IsString()
  @MaxLength(LIMITS.greeting)
  greeting!: string;

  @ApiPropertyOptional({ enum: ReplicaType, description: 'individual when absent' })
  @Field(() => ReplicaType, { nullable: true })
  @IsOptional()
  @IsEnum(ReplicaType)
  type?: ReplicaType;

  @ApiProperty({ example: 'user-123', maxLength: LIMITS.ownerID })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.ownerID)
  ownerID!: string;

  @ApiPropertyOptional({ description: 'false when absent' })
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  private?: boolean;

  @ApiProperty({ example: 'hotel-concierge', maxLength: LIMITS.slug, description: 'Lowercase letters, digits and hyphens; unique within the tenant' })
  @Field()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters and digits, words joined by single hyphens' })
  @MaxLength(LIMITS.slug)
  slug!: string;

  @ApiPropertyOptional({ type: [String], maxItems: LIMITS.tags })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.tags)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.tag, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: LIMITS.suggestedQuestions })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.suggestedQuestions)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.suggestedQuestion, { each: true })
  suggestedQuestions?: string[];

  @ApiProperty({ type: ReplicaLlmInput })
  @Field(() => ReplicaLlmInput)
  @IsObject()
  @ValidateNested()
  @Type(() => ReplicaLlmInput)
  llm!: ReplicaLlmInput;

  @ApiPropertyOptional({ type: ReplicaEndpointInput, description: 'When set, answers come from this endpoint rather than a model' })
  @Field(() => ReplicaEndpointInput, { nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReplicaEndpointInput)
  endpoint?: ReplicaEndpointInput;
}
