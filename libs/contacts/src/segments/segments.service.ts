import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, PageArgs, TenantScope, TenantScopedRepository, paginate } from '@switchboard/common';
import { ContactCriteria } from '../contact-criteria';
import { Contact } from '../contact.entity';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ContactsService } from '../contacts.service';
import { Segment } from './segment.entity';

/** Saved contact filters, for targeting broadcasts and jobs. */
@Injectable()
export class SegmentsService {
  private readonly segments: TenantScopedRepository<Segment>;

  constructor(
    @InjectRepository(Segment) repository: Repository<Segment>,
    private readonly contacts: ContactsService,
  ) {
    this.segments = new TenantScopedRepository(repository);
  }

  create(scope: TenantScope, name: string, criteria: ContactCriteria): Promise<Segment> {
    return this.segments.save(scope, this.segments.create(scope, { name: name.trim(), criteria: { ...criteria } }));
  }

  async update(scope: TenantScope, id: string, name: string | undefined, criteria: ContactCriteria | undefined): Promise<Segment> {
    const segment = await this.get(scope, id);
    if (name !== undefined) segment.name = name.trim();
    if (criteria !== undefined) segment.criteria = { ...criteria };
    return this.segments.save(scope, segment);
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    const segment = await this.get(scope, id);
    await this.segments.remove(scope, segment);
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<Segment>> {
    return paginate(this.segments.query(scope, 'segment'), page);
  }

  find(scope: TenantScope, id: string): Promise<Segment | null> {
    return this.segments.findOne(scope, { id });
  }

  async get(scope: TenantScope, id: string): Promise<Segment> {
    const segment = await this.find(scope, id);
    if (!segment) throw new ContactError(ContactErrorCode.SEGMENT_NOT_FOUND, `Segment ${id} not found`);
    return segment;
  }

  count(scope: TenantScope, segment: Segment): Promise<number> {
    return this.contacts.count(scope, segment.criteria);
  }

  members(scope: TenantScope, segment: Segment, page: PageArgs): Promise<Page<Contact>> {
    return this.contacts.list(scope, segment.criteria, page);
  }
}
