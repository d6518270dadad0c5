import type { Caller, OperationName, ResourceFacts } from '../../../../libs/shared/auth/index.js';
import type { AppError } from '../../../../libs/shared/errors/index.js';

/** What the guard sees of the request when it looks a resource up. */
export interface ResourceLookup {
  id: string | undefined;
  caller: Caller | undefined;
  params: Record<string, string>;
  query: Record<string, unknown>;
}

/** How the guard finds one kind of resource and how it refuses a caller on it. */
export interface ResourceResolver {
  /** The resource's facts from the server's records; null when there is none with this id. */
  facts(lookup: ResourceLookup): Promise<ResourceFacts | null>;
  notFound(lookup: ResourceLookup): AppError;
  /** The refusal for a caller who may know the resource exists but may not do `op` on it. */
  forbidden(op: OperationName, lookup: ResourceLookup, facts: ResourceFacts): AppError;
  /**
   * Callers refused on a resource they may not read get notFound instead (its existence is not
   * revealed); absent = always `forbidden` (e.g. a region, whose existence is public).
   */
  readOperation?: OperationName;
  /** Never reveal existence to a refused caller (someone else's member or notification). */
  hideAlways?: true;
  /** An unknown id is the handler's to answer (an unknown region is the service's own 400). */
  passUnknown?: true;
  /** Ids of this shape; another shape matches no resource and is left to the route's validation (400). */
  idPattern?: RegExp;
}
