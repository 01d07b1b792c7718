import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReplicaLlm } from './replica.entity';

/** The write-only API key shows only as its presence. */
@Resolver(() => ReplicaLlm)
export class ReplicaLlmResolver {
  @ResolveField(() => Boolean, { description: 'Whether an API key is stored for baseUrl (it is never shown)' })
  hasApiKey(@Parent() llm: ReplicaLlm): boolean {
    return llm.apiKeySealed !== null;
  }
}
