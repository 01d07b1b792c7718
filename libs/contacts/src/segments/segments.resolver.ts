import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { Contact } from '../contact.entity';
import { Segment } from './segment.entity';
import { SegmentCountArgs } from './segment-count.args';
import { CreateSegmentInput, UpdateSegmentInput } from './segment.input';
import { SegmentsService } from './segments.service';

const SegmentPage = Paginated(Segment);
const SegmentMemberPage = Paginated(Contact, 'SegmentMember');

@Resolver(() => Segment)
export class SegmentsResolver {
  constructor(private readonly segmentsService: SegmentsService) {}

  @Query(() => SegmentPage)
  segments(@CurrentTenant() scope: TenantScope, @Args() page: PageArgs) {
    return this.segmentsService.list(scope, page);
  }

  @Query(() => Segment, { nullable: true })
  segment(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<Segment | null> {
    return this.segmentsService.find(scope, id);
  }

  @Query(() => Int, { description: 'How many contacts criteria match now, as a segment saved with them would count: a preview while they are edited' })
  segmentCount(@CurrentTenant() scope: TenantScope, @Args() args: SegmentCountArgs): Promise<number> {
    return this.segmentsService.countMatching(scope, args.criteria);
  }

  @Allow('tenant-wide')
  @Mutation(() => Segment)
  createSegment(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateSegmentInput): Promise<Segment> {
    return this.segmentsService.create(scope, input.name, input.criteria);
  }

  @Allow('tenant-wide')
  @Mutation(() => Segment)
  updateSegment(
    @CurrentTenant() scope: TenantScope,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateSegmentInput,
  ): Promise<Segment> {
    return this.segmentsService.update(scope, id, input.name, input.criteria);
  }

  @Allow('tenant-wide')
  @Mutation(() => ID)
  async deleteSegment(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<string> {
    await this.segmentsService.delete(scope, id);
    return id;
  }

  @ResolveField(() => Int, { description: 'How many contacts match now' })
  count(@CurrentTenant() scope: TenantScope, @Parent() segment: Segment): Promise<number> {
    return this.segmentsService.count(scope, segment);
  }

  @ResolveField(() => SegmentMemberPage)
  members(@CurrentTenant() scope: TenantScope, @Parent() segment: Segment, @Args() page: PageArgs) {
    return this.segmentsService.members(scope, segment, page);
  }
}
