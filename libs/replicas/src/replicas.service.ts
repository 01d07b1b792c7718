import { Injectable } from '@nestjs/common';
import { AppConfig, Page, PageArgs, SecretBox, TenantData, TenantScope, isUniqueViolation, isUuid, paginate } from '@switchboard/common';
import { ReplicaInput } from './dto/replica.input';
import { answererColumnsOf } from './replica-answerer-columns';
import { Replica, ReplicaType } from './replica.entity';
import { ReplicaError } from './replica.errors';

/** A page of replicas by number, with how many there are in all (Sensay's lists). */
export interface NumberedPage<T> {
  items: T[];
  total: number;
}

/** The plain fields of an input: what it leaves out takes its default, as a full update should. */
function plainFieldsOf(input: ReplicaInput) {
  return {
    name: input.name,
    shortDescription: input.shortDescription,
    greeting: input.greeting,
    type: input.type ?? ReplicaType.INDIVIDUAL,
    ownerID: input.ownerID,
    private: input.private ?? false,
    slug: input.slug,
    tags: input.tags ?? [],
    suggestedQuestions: input.suggestedQuestions ?? [],
    llm: { model: input.llm.model, systemMessage: input.llm.systemMessage ?? '' },
  };
}

type StoredFields = Omit<Replica, 'id' | 'tenantId' | 'tenant' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class ReplicasService {
  private readonly box: SecretBox;

  constructor(
    private readonly data: TenantData,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  create(scope: TenantScope, input: ReplicaInput): Promise<Replica> {
    const replicas = this.data.for(scope).repository(Replica);
    return this.savedWithSlug(scope, replicas.create(this.fieldsOf(input, null)));
  }

  find(scope: TenantScope, id: string): Promise<Replica | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.data.for(scope).repository(Replica).findOne({ id });
  }

  async get(scope: TenantScope, id: string): Promise<Replica> {
    const replica = await this.find(scope, id);
    if (!replica) throw ReplicaError.notFound(id);
    return replica;
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<Replica>> {
    return paginate(this.data.for(scope).repository(Replica).select('replica'), page);
  }

  /** Newest first, like the cursor pages. */
  async listNumbered(scope: TenantScope, page: number, pageSize: number): Promise<NumberedPage<Replica>> {
    const [items, total] = await this.data
      .for(scope)
      .repository(Replica)
      .select('replica')
      .orderBy('replica.created_at', 'DESC')
      .addOrderBy('replica.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Replaces every field: what the input leaves out goes back to its default. */
  async update(scope: TenantScope, id: string, input: ReplicaInput): Promise<Replica> {
    const replica = await this.get(scope, id);
    return this.savedWithSlug(scope, Object.assign(replica, this.fieldsOf(input, replica)));
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    await this.data.for(scope).repository(Replica).remove(await this.get(scope, id));
  }

  private fieldsOf(input: ReplicaInput, current: Replica | null): StoredFields {
    const plain = plainFieldsOf(input);
    const answerer = answererColumnsOf(input, current, this.box);
    return { ...plain, ...answerer, llm: { ...plain.llm, ...answerer.llm } };
  }

  private async savedWithSlug(scope: TenantScope, replica: Replica): Promise<Replica> {
    try {
      return await this.data.for(scope).repository(Replica).save(replica);
    } catch (error) {
      if (isUniqueViolation(error, 'replicas_tenant_slug')) throw ReplicaError.slugTaken(replica.slug);
      throw error;
    }
  }
}
