import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { TenantScope } from '../auth/principal';
import { AdvisoryLock, runExclusively } from '../database/advisory-lock';
import { JobInsert, JobQueue } from '../queue/job-queue.service';
import { EntityClass, ScopedRepository, TenantRow } from './scoped-repository';
import { ownershipOf } from './tenant-owned';

/** What one scope may do with the database: its tables, and (in a transaction) jobs that commit with them. */
export class ScopedSession {
  constructor(
    private readonly manager: EntityManager,
    readonly scope: TenantScope,
    private readonly queue: JobQueue,
  ) {}

  repository<T extends TenantRow>(target: EntityClass<T>): ScopedRepository<T> {
    return new ScopedRepository(this.manager, target, this.scope);
  }

  /** Adds jobs that exist if and only if the surrounding transaction commits. */
  async enqueue(name: string, jobs: JobInsert[]): Promise<void> {
    const runner = this.manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('enqueue() belongs inside TenantData.transaction()');
    await this.queue.insertWithin(runner, name, jobs);
  }
}

/**
 * The scoped data layer: every read and write of a tenant-owned table goes through a session of
 * one scope (a tenant, and for a bot-scoped caller its bot). The only unscoped reads are lookups
 * by a credential that alone names a row (an API key's hash, a link token), before any tenant is
 * known; what they find then scopes everything else.
 */
@Injectable()
export class TenantData {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  for(scope: TenantScope): ScopedSession {
    return new ScopedSession(this.dataSource.manager, scope, this.queue);
  }

  /** Runs `work` in one transaction whose every statement keeps the scope. */
  transaction<R>(scope: TenantScope, work: (session: ScopedSession) => Promise<R>): Promise<R> {
    return this.dataSource.transaction((manager) => work(new ScopedSession(manager, scope, this.queue)));
  }

  /** Runs `work` unless another instance is running it now (a PostgreSQL advisory lock); answers whether it ran. */
  exclusively(lockKey: number, work: () => Promise<void>): Promise<boolean> {
    return runExclusively(this.dataSource, lockKey, work);
  }

  /** Takes a PostgreSQL session lock held until released (or until this instance dies); null when another holds it. */
  tryLock(lockKey: number): Promise<AdvisoryLock | null> {
    return AdvisoryLock.tryTake(this.dataSource, lockKey);
  }

  /** A session inside a transaction the caller already runs (one that also writes a table no tenant owns, like `tenants`). */
  within(manager: EntityManager, scope: TenantScope): ScopedSession {
    return new ScopedSession(manager, scope, this.queue);
  }

  /** The row a credential names, whoever owns it; only for properties the entity declares as credentials. */
  async findByCredential<T extends TenantRow>(target: EntityClass<T>, where: FindOptionsWhere<T>): Promise<T | null> {
    const allowed = ownershipOf(target).credentials ?? [];
    const keys = Object.keys(where);
    if (keys.length === 0 || keys.some((key) => !allowed.includes(key))) {
      throw new Error(`${target.name} is not found by ${keys.join(', ')} without a tenant`);
    }
    return this.dataSource.manager.findOne(target, { where });
  }
}
