import { SecretBox } from '@switchboard/common';
import { ReplicaInput } from './dto/replica.input';
import { Replica } from './replica.entity';
import { ReplicaError } from './replica.errors';

export interface ReplicaAnswererColumns {
  llm: { baseUrl: string | null; apiKeySealed: string | null };
  endpointUrl: string | null;
  endpointSecretSealed: string | null;
}

/**
 * Where a replica's answers come from, as stored. Secrets are write-only, so a replace that leaves
 * one out keeps the stored one; but only while its URL stays the same, so changing the URL can
 * never send an old key or secret somewhere new.
 */
export function answererColumnsOf(input: ReplicaInput, current: Replica | null, box: SecretBox): ReplicaAnswererColumns {
  const baseUrl = input.llm.baseUrl ?? null;
  if (input.llm.apiKey && !baseUrl) throw ReplicaError.answererIncomplete('llm.apiKey needs llm.baseUrl: the platform’s model API has its own key');
  const keptKey = baseUrl !== null && current?.llm.baseUrl === baseUrl ? current.llm.apiKeySealed : null;

  const endpointUrl = input.endpoint?.url ?? null;
  const keptSecret = endpointUrl !== null && current?.endpointUrl === endpointUrl ? current.endpointSecretSealed : null;
  const endpointSecretSealed = input.endpoint?.secret ? box.seal(input.endpoint.secret) : keptSecret;
  if (endpointUrl && !endpointSecretSealed) throw ReplicaError.answererIncomplete('endpoint.secret is required for a new endpoint url');

  return {
    llm: { baseUrl, apiKeySealed: input.llm.apiKey ? box.seal(input.llm.apiKey) : keptKey },
    endpointUrl,
    endpointSecretSealed,
  };
}
