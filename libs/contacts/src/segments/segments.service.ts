import { Injectable } from '@nestjs/common';
import { Page, PageArgs, ScopedSession, TenantData, TenantScope, paginate } from '@switchboard/common';
import { ContactCriteria, segmentPredicate } from '../contact-criteria';
import { Contact } from '../contact.entity';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ContactsService } from '../contacts.service';
import { Segment } from './segment.entity';

/**
 * Saved contact filters, for targeting broadcasts and jobs. A segment is the tenant's: a
 * bot-scoped key reads it, and its counts and members are then the contacts on that bot.
 *
 * A segment's tenant-wide count is kept by the database as contacts and identities change
 * (migration SegmentMemberCounts): counted afresh when the segment is created or its criteria
 * change, then moved by each write. Counting a large segment on every request visits every
 * member; reading the kept count does not. Counts through a bot, and previews of criteria not
 * saved, are counted when asked.
 */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly data: TenantData,
    private readonly contacts: ContactsService,
  ) {}

  create(scope: TenantScope, name: string, criteria: ContactCriteria): Promise<Segment> {
    return this.data.transaction(scope, async (session) => {
      const segments = session.repository(Segment);
      const segment = await segments.save(segments.create({ name: name.trim(), criteria: { ...criteria } }));
      await this.keptCount(session, segment, 'segment_count_start');
      return segment;
    });
  }

  async update(scope: TenantScope, id: string, name: string | undefined, criteria: ContactCriteria | undefined): Promise<Segment> {
    const segment = await this.get(scope, id);
    if (name !== undefined) segment.name = name.trim();
    if (criteria === undefined) return this.data.for(scope).repository(Segment).save(segment);
    segment.criteria = { ...criteria };
    return this.data.transaction(scope, async (session) => {
      const saved = await session.repository(Segment).save(segment);
      await this.keptCount(session, saved, 'segment_count_start');
      return saved;
    });
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    const segment = await this.get(scope, id);
    await this.data.for(scope).repository(Segment).remove(segment);
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<Segment>> {
    return paginate(this.data.for(scope).repository(Segment).select('segment'), page);
  }

  find(scope: TenantScope, id: string): Promise<Segment | null> {
    return this.data.for(scope).repository(Segment).findOne({ id });
  }

  async get(scope: TenantScope, id: string): Promise<Segment> {
    const segment = await this.find(scope, id);
    if (!segment) throw new ContactError(ContactErrorCode.SEGMENT_NOT_FOUND, `Segment ${id} not found`);
    return segment;
  }

  async count(scope: TenantScope, segment: Segment): Promise<number> {
    // The kept count is the tenant's; through a bot, only the members on that bot count.
    if (scope.botId) return this.countMatching(scope, segment.criteria);
    return Number(await this.keptCount(this.data.for(scope), segment, 'segment_member_count'));
  }

  /** What a segment with these criteria would count now: how criteria being edited are previewed. */
  countMatching(scope: TenantScope, criteria: ContactCriteria): Promise<number> {
    return this.contacts.count(scope, criteria);
  }

  members(scope: TenantScope, segment: Segment, page: PageArgs): Promise<Page<Contact>> {
    return this.contacts.list(scope, segment.criteria, page);
  }

  /**
   * segment_count_start counts the segment afresh (holding off the tenant's contact writes while
   * it does); segment_member_count reads the kept count, starting it first when it is missing or
   * was kept for other criteria. Called on the segment's own row, so the scope's condition holds.
   */
  private async keptCount(session: ScopedSession, segment: Segment, call: 'segment_count_start' | 'segment_member_count'): Promise<string | null> {
    const row = await session
      .repository(Segment)
      .select('segment')
      .select(`${call}(segment.id, segment.tenant_id, :predicate::jsonb)::text`, 'result')
      .where('segment.id = :id', { id: segment.id, predicate: JSON.stringify(segmentPredicate(segment.criteria)) })
      .getRawOne<{ result: string | null }>();
    if (!row) throw new ContactError(ContactErrorCode.SEGMENT_NOT_FOUND, `Segment ${segment.id} not found`);
    return row.result;
  }
}
