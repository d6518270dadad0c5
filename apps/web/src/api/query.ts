import { keepPreviousData, QueryClient, useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { api, ApiError, type Page, type Query, type RequestOptions } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    // every request goes through api(), which throws ApiError with a message ready to show
    defaultError: ApiError;
  }
}

/**
 * The one cache of server state. A query's key is its path's segments and then its query
 * (`/contracts/42?…` → ['contracts', '42', {…}]); the first segment names the resource, so a
 * mutation invalidates everything it changed by naming resources (`invalidate('contracts')`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export type Resource = string;

export function queryKey(path: string, query?: Query): unknown[] {
  return [...path.split('/').filter(Boolean), ...(query ? [query] : [])];
}

/** Marks every query of these resources stale; the ones on screen load again. */
export function invalidate(...resources: Resource[]): Promise<void> {
  return Promise.all(resources.map((r) => queryClient.invalidateQueries({ queryKey: [r] }))).then(() => undefined);
}

export interface GetOptions {
  /** Keep showing the previous answer while the next one loads (paging, filters). */
  keepPrevious?: boolean;
  /** Poll while the function says so (import progress, the notification bell). */
  refetchInterval?: number | false | ((data: unknown, error: ApiError | null) => number | false);
  refetchOnWindowFocus?: boolean;
  /** How long an answer counts as fresh (reference data: for the whole visit). */
  staleTime?: number;
}

/** A GET through the cache; `path` null means there is nothing to load yet. */
export function useGet<T>(path: string | null, query?: Query, o: GetOptions = {}): UseQueryResult<T, ApiError> {
  const interval = o.refetchInterval;
  return useQuery({
    queryKey: path === null ? ['none'] : queryKey(path, query),
    queryFn: ({ signal }) => api<T>(path!, { query, signal }),
    enabled: path !== null,
    placeholderData: o.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: typeof interval === 'function' ? (q) => interval(q.state.data, q.state.error) : interval,
    refetchOnWindowFocus: o.refetchOnWindowFocus,
    staleTime: o.staleTime,
  });
}

/**
 * One page of a list and its pager: `table` spreads onto an antd Table (loading, rows,
 * pagination). Other filters (a changed `query`) start again at page 1.
 */
export function usePaged<T>(
  path: string | null,
  query: Query = {},
  pageSize = 10,
  showTotal?: (n: number) => string,
): Paged<T> {
  const filters = JSON.stringify([path, query]);
  const [at, setAt] = useState({ filters, page: 1 });
  const page = at.filters === filters ? at.page : 1;
  const setPage = (p: number) => setAt({ filters, page: p });
  const result = useGet<Page<T>>(path, { ...query, page, pageSize }, { keepPrevious: true });
  return {
    ...result,
    page,
    setPage,
    table: {
      loading: result.isFetching,
      dataSource: result.data?.items ?? [],
      pagination: {
        current: page,
        pageSize,
        total: result.data?.total ?? 0,
        onChange: setPage,
        ...(showTotal ? { showTotal } : {}),
      },
    },
  };
}

export type Paged<T> = UseQueryResult<Page<T>, ApiError> & {
  page: number;
  setPage(page: number): void;
  table: {
    loading: boolean;
    dataSource: T[];
    pagination: {
      current: number;
      pageSize: number;
      total: number;
      onChange(page: number): void;
      showTotal?: (n: number) => string;
    };
  };
};

export interface ActionOptions<V, R> {
  /** Resources whose queries the change makes stale. */
  invalidates: Resource[];
  /** Said when it worked. */
  success?: string | ((result: R, sent: V) => string);
  /** The caller shows failures itself (next to what failed). */
  quietErrors?: boolean;
}

/**
 * A change made with a button: runs `send`, then refreshes the resources it changed and says so;
 * a failure is shown as a message (forms put theirs next to the fields: see FormModal).
 */
export function useAction<V, R = unknown>(send: (v: V) => Promise<R>, o: ActionOptions<V, R>) {
  const { message } = App.useApp();
  return useMutation<R, ApiError, V>({
    mutationFn: send,
    onSuccess: async (r, v) => {
      if (o.success) void message.success(typeof o.success === 'string' ? o.success : o.success(r, v));
      await invalidate(...o.invalidates);
    },
    onError: (err) => {
      if (!o.quietErrors) void message.error(err.message || '操作失败');
    },
  });
}

/** A POST/PUT/PATCH/DELETE through the api client (for useAction and FormModal). */
export const send = <R>(path: string, method: RequestOptions['method'], body?: unknown, idempotent = false) =>
  api<R>(path, { method, body, idempotent });

/** A GET outside a component (a tree's lazy branches, a check before a create), answered from the cache when fresh. */
export function fetchGet<T>(path: string, query?: Query): Promise<T> {
  return queryClient.fetchQuery({
    queryKey: queryKey(path, query),
    queryFn: ({ signal }) => api<T>(path, { query, signal }),
  });
}
