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
export function Paginated<T>(node: Type<T>, name?: string): Type<Page<T>>;
/** The same for a union (from `createUnionType`), which has no class name to go by. */
export function Paginated<T>(node: object, name: string): Type<Page<T>>;
export function Paginated<T>(node: Type<T> | object, name = (node as Type<T>).name): Type<Page<T>> {
  @ObjectType(`${name}Connection`)
  class Connection implements Page<T> {
    @Field(() => [node as Type<T>])
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
 * Where a newest-first read starts: after the row at (at, id), or, with no id, after every row
 * at `at` (`includingAt` false) or from the first row at `at` on (`includingAt` true). Times are
 * as a cursor keeps them, to the microsecond.
 */
export type ReadFrom = { at: string; id: string } | { at: string; includingAt: boolean };

/** A row with its order column's time as a cursor keeps it. */
export interface TimedRow<T> {
  row: T;
  at: string;
}

/** Up to `limit` rows newest first, on (order column, id), from `from` on (from the newest when null). */
export async function readNewestFirst<T extends ObjectLiteral & Keyed>(
  query: SelectQueryBuilder<T>,
  from: ReadFrom | null,
  limit: number,
  order: PageOrder = BY_CREATION,
): Promise<Array<TimedRow<T>>> {
  const alias = query.alias;
  const column = `${alias}.${order.column}`;
  if (from && 'id' in from) {
    query.andWhere(`(${column}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), :cursorId)`, { cursorAt: from.at, cursorId: from.id });
  } else if (from) {
    query.andWhere(`${column} ${from.includingAt ? '<=' : '<'} CAST(:cursorAt AS timestamptz)`, { cursorAt: from.at });
  }
  const { entities, raw } = await query.addSelect(cursorTimeOf(column), CURSOR_AT).orderBy(column, 'DESC').addOrderBy(`${alias}.id`, 'DESC').take(limit).getRawAndEntities();
  const timeOf = new Map((raw as Array<Record<string, unknown>>).map((row) => [String(row[`${alias}_id`]), row[CURSOR_AT] as string | undefined]));
  return entities.map((row) => ({ row, at: timeOf.get(String(row.id)) ?? new Date(row[order.property] as Date).toISOString() }));
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
  const cursor = args.after ? decodeCursor(args.after, cursorKeyOf(query)) : null;
  const rows = await readNewestFirst(query, cursor && { at: cursor.createdAt, id: cursor.id }, args.first + 1, order);
  const shown = rows.slice(0, args.first);
  const last = shown.at(-1);
  return { nodes: shown.map(({ row }) => row), pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last.at, last.row.id) : null } };
}
