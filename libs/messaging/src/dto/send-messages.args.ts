import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { SendMessageInput } from './send-message.input';

/** One call queues at most this many: a batch is one transaction, and its answer lists every message. */
export const MAX_MESSAGES_PER_BATCH = 1_000;

@ArgsType()
export class SendMessagesArgs {
  @Field(() => [SendMessageInput], {
    description: `Up to ${MAX_MESSAGES_PER_BATCH} messages, each as sendMessage takes it; all are queued, or none (the error names the first bad item)`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MESSAGES_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => SendMessageInput)
  messages!: SendMessageInput[];
}
