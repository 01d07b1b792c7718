import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Telling one tester about one job: REST `POST /api/telegram/job-notify`'s body and GraphQL `notifyJobTester`'s arguments. */
@ArgsType()
export class JobNotifyBody {
  @ApiProperty({ example: 'user_xyz789', description: "The tester: a contact's externalCustomerId" })
  @Field({ description: "The tester: a contact's externalCustomerId" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  testerId!: string;

  @ApiProperty({ example: 'job_abc123' })
  @Field({ description: "The job's id (jobId)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobId!: string;

  @ApiPropertyOptional({ description: "Custom text; defaults to the job's message or the platform template" })
  @Field({ nullable: true, description: "Custom text; defaults to the job's message or the platform template" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  message?: string;
}

@ObjectType({ description: 'A job notification Telegram accepted' })
export class JobNotificationSent {
  @Field()
  testerId!: string;

  @Field({ description: 'The private chat it went to' })
  telegramChatId!: string;

  @Field({ description: "Telegram's message_id" })
  messageId!: string;

  @Field()
  sentAt!: Date;
}
