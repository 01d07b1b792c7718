import { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../auth/principal';
import { scopeCondition } from './scope-condition';
import { maybeOwnershipOf } from './tenant-owned';

function refuse(): never {
  throw new Error('a scoped query only selects: write through ScopedRepository.update/delete/save');
}

/**
 * A SELECT builder that always carries its scope: the tenant (and bot) condition is added when
 * the SQL is generated, after whatever `where`, `orWhere` or `setFindOptions` the caller used,
 * so no later call can drop or widen it. Clones, counts and sub-queries keep it.
 */
export class ScopedSelectQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  private scope!: TenantScope;

  static of<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, scope: TenantScope): ScopedSelectQueryBuilder<T> {
    const scoped = new ScopedSelectQueryBuilder<T>(builder);
    scoped.scope = scope;
    return scoped;
  }

  constructor(source: SelectQueryBuilder<T> | DataSource, queryRunner?: QueryRunner) {
    // TypeORM's two constructors (copy a builder; start from a data source) as one call.
    super(source as DataSource, queryRunner);
    if (source instanceof ScopedSelectQueryBuilder) this.scope = source.scope;
  }

  override createQueryBuilder(queryRunner?: QueryRunner): this {
    const builder = super.createQueryBuilder(queryRunner);
    builder.scope = this.scope;
    return builder;
  }

  protected override createWhereExpression(): string {
    const base = super.createWhereExpression();
    const alias = this.expressionMap.mainAlias;
    const ownership = alias?.hasMetadata ? maybeOwnershipOf(alias.metadata.target) : undefined;
    if (!alias || !ownership) return base;
    if (!this.scope) throw new Error(`a query of ${alias.metadata.tableName} lost its tenant scope`);
    const condition = scopeCondition(ownership, this.scope, `"${alias.name}"`);
    if (!base) return ` WHERE ${condition}`;
    const match = /^ WHERE ([\s\S]*)$/.exec(base);
    if (!match) throw new Error('unexpected WHERE clause shape');
    return ` WHERE (${match[1]}) AND (${condition})`;
  }

  override update(..._args: unknown[]): never {
    return refuse();
  }

  override delete(): never {
    return refuse();
  }

  override softDelete(): never {
    return refuse();
  }

  override restore(): never {
    return refuse();
  }

  override insert(): never {
    return refuse();
  }

  override relation(..._args: unknown[]): never {
    return refuse();
  }
}
