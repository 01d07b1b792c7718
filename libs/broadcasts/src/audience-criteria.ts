import { Injectable } from '@nestjs/common';
import { DomainError, ErrorKind } from '@switchboard/common';
import { ContactCriteria, ContactsService, SegmentsService } from '@switchboard/contacts';
import { JobsService } from '@switchboard/messaging';
import { creatorScopeOf } from './broadcast-scope';
import { Broadcast } from './broadcast.entity';

/** An audience resolved when its broadcast starts: the contact filter it means then, and how many contacts that is. */
export interface ResolvedAudience {
  criteria: ContactCriteria | null;
  audienceSize: number;
  /** Its segment or job was deleted before the start: nobody to send to. */
  gone: boolean;
}

/** The contact filter a broadcast's audience means now: a segment's, a job's targeting, the bot's contacts; null for explicit ids. */
@Injectable()
export class AudienceCriteria {
  constructor(
    private readonly segments: SegmentsService,
    private readonly jobs: JobsService,
    private readonly contacts: ContactsService,
  ) {}

  async of({ audience, botId, ...broadcast }: Pick<Broadcast, 'audience' | 'botId' | 'tenantId' | 'scopedToBot'>): Promise<ContactCriteria | null> {
    const scope = creatorScopeOf({ botId, ...broadcast });
    if (audience.contactIds) return null;
    if (audience.allContacts) return { botId };
    const segmentId = audience.segmentId ?? (audience.filterBySegment === false ? null : (await this.jobs.get(scope, audience.jobId!)).segmentId);
    return segmentId ? { ...(await this.segments.get(scope, segmentId)).criteria } : {};
  }

  async resolve(broadcast: Broadcast): Promise<ResolvedAudience> {
    if (broadcast.audience.contactIds) return { criteria: null, audienceSize: broadcast.audience.contactIds.length + broadcast.duplicates, gone: false };
    try {
      const criteria = await this.of(broadcast);
      return { criteria, audienceSize: await this.contacts.count(creatorScopeOf(broadcast), criteria ?? {}), gone: false };
    } catch (error) {
      if (error instanceof DomainError && error.kind === ErrorKind.NOT_FOUND) return { criteria: null, audienceSize: 0, gone: true };
      throw error;
    }
  }
}
