import { DeleteQueryBuilder, EntityManager, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { TenantScope } from '../auth/principal';
import { CommonError, CommonErrorCode } from '../errors/domain-error';
import { bulkInsert } from './bulk-insert';
import { scopeCondition } from './scope-condition';
import { ScopedSelectQueryBuilder } from './scoped-select';
import { Ownership, ownershipOf } from './tenant-owned';

export interface TenantRow extends ObjectLiteral {
  id: string;
  tenantId: string;
}

export type EntityClass<T> = new () => T;

export interface FindOptions<T> {
  order?: FindOptionsOrder<T>;
  take?: number;
}

/** Another bot's row answers as a missing one would. */
function missing(): CommonError {
  return new CommonError(CommonErrorCode.NOT_FOUND, 'Not found');
}

/**
 * One tenant-owned table as one scope sees it. Every finder, count, update and delete carries
 * the scope's condition; rows created get the scope's tenant (and bot); saving or removing a
 * row outside the scope is refused. A bot-scoped caller changes nothing tenant-wide.
 */
export class ScopedRepository<T extends TenantRow> {
  private readonly ownership: Ownership;

  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityClass<T>,
    private readonly scope: TenantScope,
  ) {
    this.ownership = ownershipOf(target);
  }

  /** A SELECT over the scoped rows; later `where`s narrow it and never widen it. */
  select(alias: string): ScopedSelectQueryBuilder<T> {
    return ScopedSelectQueryBuilder.of(this.manager.createQueryBuilder(this.target, alias), this.scope);
  }

  find(where: FindOptionsWhere<T> = {}, options: FindOptions<T> = {}): Promise<T[]> {
    return this.select('row').setFindOptions({ where, order: options.order, take: options.take }).getMany();
  }

  findOne(where: FindOptionsWhere<T>, order?: FindOptionsOrder<T>): Promise<T | null> {
    return this.select('row').setFindOptions({ where, order, take: 1 }).getOne();
  }

  count(where: FindOptionsWhere<T> = {}): Promise<number> {
    return this.select('row').setFindOptions({ where }).getCount();
  }

  exists(where: FindOptionsWhere<T>): Promise<boolean> {
    return this.select('row').setFindOptions({ where }).getExists();
  }

  /** A new row of the scope's tenant (and bot, where the row names one). */
  create(values: Omit<Partial<T>, 'tenantId'>): T {
    this.assertWritable();
    const row = this.manager.create(this.target, { ...values, tenantId: this.scope.tenantId } as unknown as T);
    const rule = this.ownership.bot;
    if (this.scope.botId && typeof rule === 'object' && 'property' in rule) {
      const named = (row as Record<string, unknown>)[rule.property];
      if (named === undefined) (row as Record<string, unknown>)[rule.property] = this.scope.botId;
      else if (named !== this.scope.botId) throw missing();
    }
    return row;
  }

  /** Inserts or updates a row; it must be (or become) a row of this scope. */
  async save(row: T): Promise<T> {
    await this.assertOwned(row);
    return this.manager.save(this.target, row);
  }

  /**
   * Inserts new rows in one statement and fills in what the database generated (ids, defaults,
   * timestamps). Unlike save(), no per-row change tracking nor a parameter per value: a
   * broadcast inserts thousands of rows a second this way, where save() spent most of its time
   * in bookkeeping.
   */
  async insertMany(rows: T[]): Promise<T[]> {
    if (rows.length === 0) return rows;
    for (const row of rows) await this.assertOwned(row);
    await bulkInsert(this.manager, this.target, rows);
    return rows;
  }

  async remove(row: T): Promise<void> {
    await this.assertOwned(row);
    await this.delete({ id: row.id } as FindOptionsWhere<T>);
  }

  /** Updates the scoped rows matching `where`; answers how many changed. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    const result = await this.updating(where, patch).execute();
    return result.affected ?? 0;
  }

  /**
   * Updates the scoped rows matching `where`; answers the given columns of each row changed, in one
   * statement. Columns are named by property (`botId`) and come back by database name (`bot_id`).
   */
  async updateReturning<R extends ObjectLiteral>(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>, columns: string[]): Promise<R[]> {
    const result = await this.updating(where, patch).returning(columns).execute();
    return result.raw as R[];
  }

  private updating(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>) {
    this.assertWritable();
    const rule = this.ownership.bot;
    const botProperty = typeof rule === 'object' && 'property' in rule ? rule.property : null;
    if ('tenantId' in patch || (botProperty && botProperty in patch)) throw new Error('a row never changes owner');
    return this.manager.createQueryBuilder().update(this.target).set(patch).where(this.condition()).andWhere(where);
  }

  /** Deletes the scoped rows matching `where`; answers how many went. */
  async delete(where: FindOptionsWhere<T>): Promise<number> {
    return this.deleteMatching((query) => query.andWhere(where));
  }

  /** Deletes the scoped rows for which `sql` (on the table's own columns) holds. */
  async deleteWhere(sql: string, parameters: ObjectLiteral): Promise<number> {
    return this.deleteMatching((query) => query.andWhere(`(${sql})`, parameters));
  }

  private async deleteMatching(narrow: (query: DeleteQueryBuilder<T>) => unknown): Promise<number> {
    this.assertWritable();
    const query = this.manager.createQueryBuilder().delete().from(this.target).where(this.condition());
    narrow(query as DeleteQueryBuilder<T>);
    const result = await query.execute();
    return result.affected ?? 0;
  }

  private condition(): string {
    return scopeCondition(this.ownership, this.scope, `"${this.manager.getRepository(this.target).metadata.tableName}"`);
  }

  private assertWritable(): void {
    if (this.scope.botId && this.ownership.bot === 'tenant-wide') {
      throw new CommonError(CommonErrorCode.FORBIDDEN, 'A bot-scoped API key cannot change tenant-wide data');
    }
  }

  private async assertOwned(row: T): Promise<void> {
    this.assertWritable();
    if (row.tenantId !== this.scope.tenantId) throw missing();
    const rule = this.ownership.bot;
    if (!this.scope.botId || typeof rule !== 'object') return;
    if ('property' in rule && (row as Record<string, unknown>)[rule.property] !== this.scope.botId) throw missing();
    if ('reachedThrough' in rule && row.id && !(await this.exists({ id: row.id } as FindOptionsWhere<T>))) throw missing();
  }
}
