import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, TenantScope } from '@switchboard/common';
import { ReplicaChat } from './answering/replica-chat';
import { AskReplicaArgs, ReplicaChatAnswer } from './dto/ask-replica.args';

@Resolver(() => ReplicaChatAnswer)
export class ReplicaChatResolver {
  constructor(private readonly chat: ReplicaChat) {}

  @Allow('tenant-wide')
  @Mutation(() => ReplicaChatAnswer, { description: 'A test chat without Telegram: the replica answers the conversation given, as it would on Telegram' })
  askReplica(@CurrentTenant() scope: TenantScope, @Args() args: AskReplicaArgs): Promise<ReplicaChatAnswer> {
    return this.chat.ask(scope, args.replicaId, args.messages);
  }
}
