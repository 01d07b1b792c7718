import { Tenants1795246166075 } from './1795246166075-Tenants';
import { BotsAndWebhookEvents1795247423965 } from './1795247423965-BotsAndWebhookEvents';
import { Contacts1795248927250 } from './1795248927250-Contacts';
import { Messaging1795249571860 } from './1795249571860-Messaging';
import { ConversationMessageEvents1795300000000 } from './1795300000000-ConversationMessageEvents';
import { TrackedButtonsBot1795649337445 } from './1795649337445-TrackedButtonsBot';
import { PaidBroadcastsAndPhotos1795652873027 } from './1795652873027-PaidBroadcastsAndPhotos';
import { RevokeRetiredBotKeys1795653400000 } from './1795653400000-RevokeRetiredBotKeys';
import { Broadcasts1795655299953 } from './1795655299953-Broadcasts';
import { Replicas1795667171839 } from './1795667171839-Replicas';
import { MessageThreads1795667837126 } from './1795667837126-MessageThreads';
import { ReplicaAnswerers1795667874088 } from './1795667874088-ReplicaAnswerers';
import { ReplicaTelegramIntegrations1795667879864 } from './1795667879864-ReplicaTelegramIntegrations';
import { TodaysSendsIndexes1795675852827 } from './1795675852827-TodaysSendsIndexes';
import { OutboundMessagesByChat1795675870738 } from './1795675870738-OutboundMessagesByChat';
import { EventsOut1795676454922 } from './1795676454922-EventsOut';
import { ContactsFilterStatistics1795680000000 } from './1795680000000-ContactsFilterStatistics';
import { WebhookEventOutbox1795700000000 } from './1795700000000-WebhookEventOutbox';
import { SegmentMemberCounts1795690000000 } from './1795690000000-SegmentMemberCounts';

/** Every migration, in order. Listed explicitly so the same list works from TypeScript and from dist/. */
export const migrations = [
  Tenants1795246166075,
  BotsAndWebhookEvents1795247423965,
  Contacts1795248927250,
  Messaging1795249571860,
  ConversationMessageEvents1795300000000,
  TrackedButtonsBot1795649337445,
  PaidBroadcastsAndPhotos1795652873027,
  RevokeRetiredBotKeys1795653400000,
  Broadcasts1795655299953,
  Replicas1795667171839,
  MessageThreads1795667837126,
  ReplicaAnswerers1795667874088,
  ReplicaTelegramIntegrations1795667879864,
  TodaysSendsIndexes1795675852827,
  OutboundMessagesByChat1795675870738,
  EventsOut1795676454922,
  ContactsFilterStatistics1795680000000,
  SegmentMemberCounts1795690000000,
  WebhookEventOutbox1795700000000,
];
