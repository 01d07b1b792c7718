import { endpointViewOf } from './replica-endpoint.view';
import { Replica } from './replica.entity';

/** A replica as Sensay writes it: camelCase fields, its id as `uuid`. */
export function presentReplica(replica: Replica) {
  return {
    uuid: replica.id,
    name: replica.name,
    shortDescription: replica.shortDescription,
    greeting: replica.greeting,
    type: replica.type,
    ownerID: replica.ownerID,
    private: replica.private,
    slug: replica.slug,
    tags: replica.tags,
    suggestedQuestions: replica.suggestedQuestions,
    llm: {
      model: replica.llm.model,
      systemMessage: replica.llm.systemMessage,
      baseUrl: replica.llm.baseUrl,
      hasApiKey: replica.llm.apiKeySealed !== null,
    },
    endpoint: endpointViewOf(replica),
    createdAt: replica.createdAt,
    updatedAt: replica.updatedAt,
  };
}
