import { Injectable } from '@nestjs/common';
import { TenantScope } from '@switchboard/common';
import { ContactCriteria, SegmentsService } from '@switchboard/contacts';
import { JobsService } from '@switchboard/messaging';
import { Broadcast } from './broadcast.entity';

/** The contact filter a broadcast's audience means now: a segment's, a job's targeting, the bot's contacts; null for explicit ids. */
@Injectable()
export class AudienceCriteria {
  constructor(
    private readonly segments: SegmentsService,
    private readonly jobs: JobsService,
  ) {}

  async of(scope: TenantScope, { audience, botId }: Pick<Broadcast, 'audience' | 'botId'>): Promise<ContactCriteria | null> {
    if (audience.contactIds) return null;
    if (audience.allContacts) return { botId };
    const segmentId = audience.segmentId ?? (audience.filterBySegment === false ? null : (await this.jobs.get(scope, audience.jobId!)).segmentId);
    return segmentId ? { ...(await this.segments.get(scope, segmentId)).criteria } : {};
  }
}
