import { Field, ObjectType } from '@nestjs/graphql';
import { Replica } from './replica.entity';

/** A replica's answering endpoint as callers see it: the secret only as its presence. */
@ObjectType('ReplicaEndpoint')
export class ReplicaEndpointView {
  @Field()
  url!: string;

  @Field({ description: 'Whether a signing secret is stored (it is never shown)' })
  hasSecret!: boolean;
}

export function endpointViewOf(replica: Replica): ReplicaEndpointView | null {
  if (!replica.endpointUrl) return null;
  return { url: replica.endpointUrl, hasSecret: replica.endpointSecretSealed !== null };
}
