import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { EventsOutModule } from '@switchboard/events-out';
import { TenantsModule } from '@switchboard/tenants';
import { ContactCaptureUpdate } from './capture/contact-capture.update';
import { ConversationLog } from './capture/conversation-log.service';
import { IdentitiesService } from './capture/identities.service';
import { ConnectLinksController } from './connect/connect-links.controller';
import { ConnectLinksResolver } from './connect/connect-links.resolver';
import { ConnectLinksService } from './connect/connect-links.service';
import { CreateConnectLink } from './connect/create-connect-link';
import { Contact } from './contact.entity';
import { ContactsResolver } from './contacts.resolver';
import { ContactsService } from './contacts.service';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationEvents } from './conversations/conversation-events.service';
import { ConversationsResolver } from './conversations/conversations.resolver';
import { ConversationsService } from './conversations/conversations.service';
import { AppTokensController } from './esputnik/app-tokens.controller';
import { AppTokensService } from './esputnik/app-tokens.service';
import { Segment } from './segments/segment.entity';
import { SegmentsResolver } from './segments/segments.resolver';
import { SegmentsService } from './segments/segments.service';
import { TelegramIdentity } from './telegram-identity.entity';

/**
 * People (and groups) across bots: captured from updates, enriched by tenants, reached through
 * their Telegram identities; their conversations; saved segments; eSputnik tokens; connect links.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Contact, TelegramIdentity, ConversationMessage, Segment]), BotsModule, TenantsModule, EventsOutModule],
  providers: [
    ContactsService,
    IdentitiesService,
    ConversationLog,
    ConversationEvents,
    ConversationsService,
    SegmentsService,
    AppTokensService,
    ConnectLinksService,
    CreateConnectLink,
    ContactCaptureUpdate,
    ContactsResolver,
    ConversationsResolver,
    SegmentsResolver,
    ConnectLinksResolver,
  ],
  controllers: [AppTokensController, ConnectLinksController],
  exports: [ContactsService, IdentitiesService, SegmentsService, ConversationLog, ConversationsService],
})
export class ContactsModule {}
