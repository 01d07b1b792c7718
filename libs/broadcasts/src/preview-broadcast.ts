import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { BotsService } from '@switchboard/bots';
import { TenantScope, throughBot } from '@switchboard/common';
import { ContactsService, IdentitiesService } from '@switchboard/contacts';
import { BroadcastPreviewArgs } from './dto/broadcast-preview.args';
import { checkMergeFields, renderMergeFields } from './merge-fields';

@ObjectType()
export class BroadcastPreview {
  @Field({ description: 'The text as the contact would receive it: merge fields filled (escaped for the parse mode) or their defaults' })
  text!: string;

  @Field({ description: 'Whether a broadcast on the bot would reach the contact now (started the bot, not blocked); if not, it would be skipped' })
  reachable!: boolean;
}

/**
 * A broadcast's text as one real contact would receive it, filled by the very function the
 * delivery uses, and refused for an unknown merge field as creation refuses it.
 */
@Injectable()
export class BroadcastPreviewer {
  constructor(
    private readonly bots: BotsService,
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
  ) {}

  async preview(scope: TenantScope, args: BroadcastPreviewArgs): Promise<BroadcastPreview> {
    checkMergeFields(args.text);
    const bot = await this.bots.get(scope, args.botId);
    const contact = await this.contacts.get(scope, args.contactId);
    const identities = await this.identities.ofContacts(throughBot(bot.tenantId, bot.id), [contact.id]);
    return {
      text: renderMergeFields(args.text, contact, args.parseMode ?? null),
      reachable: identities.some((identity) => identity.started && !identity.blocked),
    };
  }
}
