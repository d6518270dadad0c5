import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;

export function pageOffset(p: PageRequest): number {
  return (p.page - 1) * p.pageSize;
}

export function toPage<T>(items: T[], total: number, p: PageRequest): Page<T> {
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** Query parameters every list endpoint accepts; DTOs extend it. */
export class PageQueryDto implements PageRequest {
  @ApiPropertyOptional({ minimum: 1, default: 1, description: '页码，从 1 开始' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: '每页条数' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}
