import { Injectable } from '@nestjs/common';
import { AppConfig, SecretBox } from '@switchboard/common';
import { Replica } from '../replica.entity';
import { Answerer, Answerers } from './answerer';
import { ModelApi, OpenAiAnswerer } from './openai-answerer';
import { TenantEndpointAnswerer } from './tenant-endpoint-answerer';

/**
 * A replica answers from its tenant's endpoint when it has one; else from its own model API, or
 * the platform's; else it cannot answer. Answerers are made per call: they hold no connection
 * worth keeping, and a replica's settings may change between two messages.
 */
@Injectable()
export class ReplicaAnswerers extends Answerers {
  private readonly box: SecretBox;

  constructor(private readonly config: AppConfig) {
    super();
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  of(replica: Replica): Answerer | null {
    if (replica.endpointUrl && replica.endpointSecretSealed) {
      return new TenantEndpointAnswerer({ url: replica.endpointUrl, secret: this.box.open(replica.endpointSecretSealed) });
    }
    const api = this.modelApiOf(replica);
    return api ? new OpenAiAnswerer(api) : null;
  }

  private modelApiOf(replica: Replica): ModelApi | null {
    const { baseUrl, apiKeySealed } = replica.llm;
    if (baseUrl) return { baseUrl, apiKey: apiKeySealed ? this.box.open(apiKeySealed) : undefined };
    const platform = this.config.replicas;
    return platform.llmBaseUrl ? { baseUrl: platform.llmBaseUrl, apiKey: platform.llmApiKey } : null;
  }
}
