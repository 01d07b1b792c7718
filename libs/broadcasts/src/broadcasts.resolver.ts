import { Args, Context, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AuthenticatedRequest, CurrentTenant, Page, Paginated, TenantScope } from '@switchboard/common';
import { LiveCredentials } from '@switchboard/tenants';
import { BroadcastProgress, BroadcastRecipient, BroadcastRecipientConnection, BroadcastStats } from './broadcast-report.types';
import { BroadcastReport } from './broadcast-report.service';
import { BroadcastState, isFinished } from './broadcast-state';
import { Broadcast } from './broadcast.entity';
import { BroadcastsService } from './broadcasts.service';
import { BroadcastFilterArgs, CreateBroadcastInput, DeliveryFilterArgs, LaunchBroadcastArgs, UpdateBroadcastInput } from './dto/broadcast.input';
import { BroadcastPreviewArgs } from './dto/broadcast-preview.args';
import { BroadcastEstimate } from './estimate';
import { BroadcastPreview, BroadcastPreviewer } from './preview-broadcast';
import { changesOf } from './progress-stream';

const BroadcastConnection = Paginated(Broadcast);

@ObjectType()
class BroadcastProgressUpdate {
  @Field(() => ID)
  broadcastId!: string;

  @Field(() => BroadcastState)
  state!: BroadcastState;

  @Field(() => BroadcastStats)
  stats!: BroadcastStats;

  @Field(() => BroadcastProgress)
  progress!: BroadcastProgress;
}

@Resolver(() => Broadcast)
export class BroadcastsResolver {
  constructor(
    private readonly service: BroadcastsService,
    private readonly report: BroadcastReport,
    private readonly credentials: LiveCredentials,
    private readonly previewer: BroadcastPreviewer,
  ) {}

  @Mutation(() => Broadcast, { description: 'A DRAFT broadcast; launch it with launchBroadcast' })
  createBroadcast(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateBroadcastInput): Promise<Broadcast> {
    return this.service.create(scope, input);
  }

  @Mutation(() => Broadcast, { description: 'Changes a DRAFT or SCHEDULED broadcast' })
  updateBroadcast(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateBroadcastInput): Promise<Broadcast> {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Broadcast, { description: 'Starts sending now (RUNNING), or at scheduledAt (SCHEDULED)' })
  launchBroadcast(@CurrentTenant() scope: TenantScope, @Args() args: LaunchBroadcastArgs): Promise<Broadcast> {
    return this.service.launch(scope, args.id, args.scheduledAt);
  }

  @Mutation(() => Broadcast, { description: 'Stops sending; messages already queued are held until resumed' })
  pauseBroadcast(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Broadcast> {
    return this.service.pause(scope, id);
  }

  @Mutation(() => Broadcast)
  resumeBroadcast(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Broadcast> {
    return this.service.resume(scope, id);
  }

  @Mutation(() => Broadcast, { description: 'Nobody not yet sent to will be' })
  cancelBroadcast(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Broadcast> {
    return this.service.cancel(scope, id);
  }

  @Query(() => BroadcastConnection, { description: 'Newest first' })
  broadcasts(@CurrentTenant() scope: TenantScope, @Args() args: BroadcastFilterArgs): Promise<Page<Broadcast>> {
    return this.service.list(scope, args, args);
  }

  @Query(() => Broadcast, { nullable: true })
  broadcast(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Broadcast | null> {
    return this.service.find(scope, id);
  }

  @Query(() => BroadcastPreview, { description: 'A text as one contact would receive it from the bot, merge fields filled as a broadcast fills them' })
  broadcastPreview(@CurrentTenant() scope: TenantScope, @Args() args: BroadcastPreviewArgs): Promise<BroadcastPreview> {
    return this.previewer.preview(scope, args);
  }

  @ResolveField(() => BroadcastEstimate, { complexity: 10 })
  estimate(@CurrentTenant() scope: TenantScope, @Parent() broadcast: Broadcast): Promise<BroadcastEstimate> {
    return this.report.estimate(scope, broadcast);
  }

  @ResolveField(() => BroadcastStats, { complexity: 5 })
  stats(@CurrentTenant() scope: TenantScope, @Parent() broadcast: Broadcast): Promise<BroadcastStats> {
    return this.report.stats(scope, broadcast);
  }

  @ResolveField(() => BroadcastProgress, { complexity: 5 })
  progress(@CurrentTenant() scope: TenantScope, @Parent() broadcast: Broadcast): Promise<BroadcastProgress> {
    return this.report.progress(scope, broadcast);
  }

  @ResolveField(() => BroadcastRecipientConnection, { description: 'Each recipient and its delivery, newest first' })
  deliveries(
    @CurrentTenant() scope: TenantScope,
    @Parent() broadcast: Broadcast,
    @Args() args: DeliveryFilterArgs,
  ): Promise<Page<BroadcastRecipient>> {
    return this.report.recipients(scope, broadcast, args.status, args);
  }

  @Subscription(() => BroadcastProgressUpdate, { description: "A broadcast's counts and pace, at most about once a second, until it ends" })
  broadcastProgress(@CurrentTenant() scope: TenantScope, @Context('req') req: AuthenticatedRequest, @Args('id', { type: () => ID }) id: string) {
    const updates = changesOf<BroadcastProgressUpdate>(
      async () => {
        const broadcast = await this.service.find(scope, id);
        if (!broadcast) return null;
        const [stats, progress] = await Promise.all([this.report.stats(scope, broadcast), this.report.progress(scope, broadcast)]);
        return { broadcastId: broadcast.id, state: broadcast.state, stats, progress };
      },
      (update) => isFinished(update.state),
    );
    return this.credentials.whileValid(req, (async function* () {
      for await (const update of updates) yield { broadcastProgress: update };
    })());
  }
}
