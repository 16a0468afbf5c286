import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from './domain-error';

/** The hard page maximum for every list: a client cannot ask for more rows than this in one request. */
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`, e.g. `UserConnection` with `UserEdge`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Keyset cursors: the sort values of the last row, opaque to clients. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw InvalidInputError.field('after', 'is not a cursor from this list; start again from the first page');
}

/** Builds a connection from `first + 1` fetched rows (the extra row only tells whether there is a next page). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => string,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export type SortDirection = 'ASC' | 'DESC';

const skipCount = new AsyncLocalStorage<true>();

/**
 * Runs `work` with the lists' total counts left out (totalCount reads -1): for callers that page through a whole
 * list and already know its size from the first page (exports), so each later page costs its keyset query only.
 */
export function withoutTotalCount<T>(work: () => Promise<T>): Promise<T> {
  return skipCount.run(true, work);
}

/**
 * Keyset pagination on (sort column, id): stable under inserts, and as fast on page 100 as on page 1 with an
 * index on the same pair. `column` is SQL on the query's alias (trusted, never user text).
 */
export async function paginate<T extends { id: string }>(
  query: SelectQueryBuilder<T>,
  options: {
    column: string;
    direction: SortDirection;
    first: number;
    after?: string;
    valueOf: (row: T) => string | number;
  },
): Promise<Connection<T>> {
  const totalCount = skipCount.getStore() ? -1 : await query.clone().getCount();
  const { column, direction, first } = options;
  const alias = query.alias;
  if (options.after) {
    const [value, id] = decodeCursor(options.after, 2);
    const op = direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${column}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(first + 1)
    .getMany();
  return toConnection(rows, first, totalCount, (row) => encodeCursor([options.valueOf(row), row.id]));
}

/** How many of the most recently deleted records a trash list returns. */
@ArgsType()
export class TrashArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;
}
