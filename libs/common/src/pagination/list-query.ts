import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, Page, PageArgs } from './page';

/** `?limit=&cursor=` on REST lists; answered as `{ items, next_cursor }`. */
export class ListQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  toPageArgs(): PageArgs {
    return Object.assign(new PageArgs(), { first: this.limit ?? 50, after: this.cursor });
  }
}

export interface ListResponse<T> {
  items: T[];
  next_cursor: string | null;
}

export function toListResponse<T, R>(page: Page<T>, present: (node: T) => R): ListResponse<R> {
  return { items: page.nodes.map(present), next_cursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
}
