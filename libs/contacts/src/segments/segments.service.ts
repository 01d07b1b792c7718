import { Injectable } from '@nestjs/common';
import { Page, PageArgs, TenantData, TenantScope, paginate } from '@switchboard/common';
import { ContactCriteria } from '../contact-criteria';
import { Contact } from '../contact.entity';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ContactsService } from '../contacts.service';
import { Segment } from './segment.entity';

/**
 * Saved contact filters, for targeting broadcasts and jobs. A segment is the tenant's: a
 * bot-scoped key reads it, and its counts and members are then the contacts on that bot.
 */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly data: TenantData,
    private readonly contacts: ContactsService,
  ) {}

  create(scope: TenantScope, name: string, criteria: ContactCriteria): Promise<Segment> {
    const segments = this.data.for(scope).repository(Segment);
    return segments.save(segments.create({ name: name.trim(), criteria: { ...criteria } }));
  }

  async update(scope: TenantScope, id: string, name: string | undefined, criteria: ContactCriteria | undefined): Promise<Segment> {
    const segment = await this.get(scope, id);
    if (name !== undefined) segment.name = name.trim();
    if (criteria !== undefined) segment.criteria = { ...criteria };
    return this.data.for(scope).repository(Segment).save(segment);
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

  count(scope: TenantScope, segment: Segment): Promise<number> {
    return this.countMatching(scope, segment.criteria);
  }

  /** What a segment with these criteria would count now: how criteria being edited are previewed. */
  countMatching(scope: TenantScope, criteria: ContactCriteria): Promise<number> {
    return this.contacts.count(scope, criteria);
  }

  members(scope: TenantScope, segment: Segment, page: PageArgs): Promise<Page<Contact>> {
    return this.contacts.list(scope, segment.criteria, page);
  }
}
