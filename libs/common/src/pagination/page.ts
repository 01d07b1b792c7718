import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonError, CommonErrorCode } from '../errors/domain-error';
import { isRowId } from '../validation/ids';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1–${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A GraphQL connection type `<Name>Connection { nodes, pageInfo }` for one node type. */
export function Paginated<T>(node: Type<T>, name = node.name): Type<Page<T>> {
  @ObjectType(`${name}Connection`)
  class Connection implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

interface Keyed {
  id: string;
}

/** The timestamp column a list is ordered by, newest first, with its entity property. */
export interface PageOrder {
  column: string;
  property: string;
}

const BY_CREATION: PageOrder = { column: 'created_at', property: 'createdAt' };

/**
 * A cursor keeps its row's time as PostgreSQL wrote it, to the microsecond: rows written in one
 * transaction share a time that a millisecond cursor would fall between, losing the rest of them.
 */
export function encodeCursor(at: Date | string, id: string): string {
  return Buffer.from(`${typeof at === 'string' ? at : at.toISOString()}|${id}`).toString('base64url');
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
/** How paginate reads a row's time for its cursor, in UTC to the microsecond. */
const cursorTimeOf = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_AT = 'page_cursor_at';

/** The kind of primary key a list is keyed on, which a cursor's id must match. */
export type CursorKey = 'uuid' | 'bigint' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rows were written in this range; a cursor outside it was not made by us. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function isKeyOf(key: CursorKey, id: string): boolean {
  switch (key) {
    case 'uuid':
      return UUID.test(id);
    case 'bigint':
      return isRowId(id);
    case 'text':
      return id.length > 0 && !id.includes('\u0000');
  }
}

export function decodeCursor(cursor: string, key: CursorKey = 'text'): { createdAt: string; id: string } {
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  const time = new Date(createdAt ?? '').getTime();
  if (!id || rest.length > 0 || !CURSOR_TIME.test(createdAt ?? '') || !(time >= EARLIEST && time < LATEST) || !isKeyOf(key, id)) {
    throw new CommonError(CommonErrorCode.INVALID_INPUT, 'after: not a cursor from this list');
  }
  return { createdAt, id };
}

/** The key type of the query's main entity, from its metadata. */
function cursorKeyOf(query: SelectQueryBuilder<ObjectLiteral>): CursorKey {
  const type = query.expressionMap.mainAlias?.metadata.primaryColumns[0]?.type;
  if (type === 'uuid') return 'uuid';
  return type === 'bigint' || type === 'int8' ? 'bigint' : 'text';
}

/**
 * Newest first, keyset-paginated on (order column, id): stable under inserts and cheap at any
 * depth. Rows whose order column is null are the caller's to exclude.
 */
export async function paginate<T extends ObjectLiteral & Keyed>(
  query: SelectQueryBuilder<T>,
  args: Pick<PageArgs, 'first' | 'after'>,
  order: PageOrder = BY_CREATION,
): Promise<Page<T>> {
  const alias = query.alias;
  if (args.after) {
    const cursor = decodeCursor(args.after, cursorKeyOf(query));
    query.andWhere(`(${alias}.${order.column}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), :cursorId)`, {
      cursorAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const { entities: rows, raw } = await query
    .addSelect(cursorTimeOf(`${alias}.${order.column}`), CURSOR_AT)
    .orderBy(`${alias}.${order.column}`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(args.first + 1)
    .getRawAndEntities();
  const nodes = rows.slice(0, args.first);
  const last = nodes.at(-1);
  const lastRaw = last && (raw as Array<Record<string, unknown>>).find((row) => String(row[`${alias}_id`]) === String(last.id));
  const endCursor = last ? encodeCursor((lastRaw?.[CURSOR_AT] as string | undefined) ?? (last[order.property] as Date), last.id) : null;
  return { nodes, pageInfo: { hasNextPage: rows.length > args.first, endCursor } };
}
