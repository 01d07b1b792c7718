import { registerEnumType } from '@nestjs/graphql';

/** Where one recipient of a broadcast stands: the delivery engine's status once handed over. */
export enum RecipientStatus {
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  HELD = 'HELD',
  SENT = 'SENT',
  FAILED = 'FAILED',
  CLICKED = 'CLICKED',
  SKIPPED = 'SKIPPED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RecipientStatus, { name: 'BroadcastRecipientStatus' });
