import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentTenant, TenantScope } from '@switchboard/common';
import { ConnectLinkObject, CreateConnectLinkInput } from './connect-link.types';
import { CreateConnectLink } from './create-connect-link';

@Resolver()
export class ConnectLinksResolver {
  constructor(private readonly createLink: CreateConnectLink) {}

  @Mutation(() => ConnectLinkObject, { description: 'A t.me link whose Start connects that Telegram account to the contact' })
  createConnectLink(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateConnectLinkInput): Promise<ConnectLinkObject> {
    return this.createLink.execute(scope, input);
  }
}
