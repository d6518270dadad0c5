import type { OrgType, Permission, Role } from './permissions.js';

/**
 * The vocabulary of the policy table (policy.table.ts): who may do an operation (role ×
 * organisation type × verified status), and how the caller must relate to the resource it acts
 * on (its own organisation's, or in its region subtree). The evaluator here is pure and
 * synchronous; the API's guard feeds it the facts of the resource before any row is locked.
 */

/** A relation between the caller and a named party or region of the resource. */
export type Relation =
  /** The caller's organisation is the resource's `<name>` organisation (or one of them). */
  | `org:${string}`
  /** The resource's `<name>` region (or one of them) lies in the caller's region subtree. */
  | `region:${string}`
  /** … strictly below the caller's region (not the region itself). */
  | `below:${string}`
  /** The caller is the resource's `<name>` user. */
  | `user:${string}`;

export interface Grant {
  /** 'anyone' includes anonymous callers; 'signed-in' is every authenticated user. */
  who: 'anyone' | 'signed-in' | readonly Role[];
  /** The caller's organisation must be of one of these types (default: any). */
  orgTypes?: readonly OrgType[];
  /** The grant holds for unverified organisations too (default: verified organisations only). */
  unverified?: true;
  /** The caller must stand in one of these relations to the resource (default: none needed). */
  to?: readonly Relation[];
  /** … and in none of these. */
  except?: readonly Relation[];
  /** The resource must be in one of these states (facts.states). */
  when?: readonly string[];
}

/** Where the guard reads the id of the resource the relations refer to. */
export type ResourceSource = `param:${string}` | `query:${string}` | `body:${string}`;

export interface OperationPolicy {
  /** Groups operations into the capabilities /api/me lists (and the web menu reads). */
  capability?: Permission;
  resource?: { kind: string; id?: ResourceSource };
  /** Authenticated by a partner API key instead of a user token (exchange API). */
  apiKey?: true;
  /** A row no route names: the service that checks it (where the resource is known only inside the request, e.g. a multipart field). */
  checkedIn?: string;
  grants: readonly Grant[];
}

/** What the guard knows of a resource: its parties, regions and state, from the server's records. */
export interface ResourceFacts {
  orgs?: Readonly<Record<string, string | readonly string[] | null | undefined>>;
  regions?: Readonly<Record<string, string | readonly string[] | null | undefined>>;
  users?: Readonly<Record<string, string | null | undefined>>;
  states?: readonly string[];
}

/** The caller as the policy sees it (a Principal satisfies it); undefined = anonymous. */
export interface Caller {
  userId: string;
  orgId: string;
  orgType: OrgType;
  orgVerified: boolean;
  regionCode: string;
  roles: readonly Role[];
}

/** What a caller's grants depend on (not who it is or where). */
export type CallerKind = Pick<Caller, 'orgType' | 'orgVerified' | 'roles'>;

/** Region-subtree checks from memory (implemented by the reference lib's RegionService). */
export interface RegionScope {
  within(code: string, ancestor: string): boolean;
}

export type Refusal = 'unauthenticated' | 'unverified' | 'forbidden' | 'out-of-scope';

export type Decision = { allow: true } | { allow: false; refusal: Refusal };

function matchesWho(g: Grant, caller: CallerKind | undefined): boolean {
  if (g.who === 'anyone') return true;
  if (!caller) return false;
  if (g.who !== 'signed-in' && !caller.roles.some((r) => (g.who as readonly Role[]).includes(r))) return false;
  return !g.orgTypes || g.orgTypes.includes(caller.orgType);
}

/** The grants of `op` the caller holds by role, organisation type and verified status. */
export function callerGrants(op: OperationPolicy, caller: CallerKind | undefined): Grant[] {
  return op.grants.filter((g) => matchesWho(g, caller) && (g.who === 'anyone' || g.unverified || caller!.orgVerified));
}

/** Whether the caller may use the operation on some resource, without looking at one. */
export function needsResource(grants: readonly Grant[]): boolean {
  return !grants.some((g) => !g.to && !g.except && !g.when);
}

const asList = (v: string | readonly string[] | null | undefined): readonly string[] =>
  v === null || v === undefined ? [] : typeof v === 'string' ? [v] : v;

function holds(rel: Relation, caller: Caller | undefined, facts: ResourceFacts, regions: RegionScope): boolean {
  if (!caller) return false;
  const [kind, name] = rel.split(':') as [string, string];
  switch (kind) {
    case 'org':
      return asList(facts.orgs?.[name]).includes(caller.orgId);
    case 'user':
      return facts.users?.[name] === caller.userId;
    case 'region':
      return asList(facts.regions?.[name]).some((code) => regions.within(code, caller.regionCode));
    case 'below':
      return asList(facts.regions?.[name]).some(
        (code) => code !== caller.regionCode && regions.within(code, caller.regionCode),
      );
    default:
      return false;
  }
}

function grantHolds(g: Grant, caller: Caller | undefined, facts: ResourceFacts, regions: RegionScope): boolean {
  if (g.when && !g.when.some((s) => facts.states?.includes(s))) return false;
  if (g.to && !g.to.some((r) => holds(r, caller, facts, regions))) return false;
  if (g.except && g.except.some((r) => holds(r, caller, facts, regions))) return false;
  return true;
}

/** Why nobody of the caller's kind may use the operation at all. */
function refusalWithoutGrant(op: OperationPolicy, caller: Caller | undefined): Refusal {
  if (!caller) return 'unauthenticated';
  const ifVerified = op.grants.some((g) => g.who !== 'anyone' && matchesWho(g, caller));
  return ifVerified && !caller.orgVerified ? 'unverified' : 'forbidden';
}

/**
 * The decision for `caller` on `op`. `facts` are needed only when every grant the caller holds
 * names a relation or state; pass undefined to decide without a resource (the answer is then
 * "allowed" only if some grant needs none).
 */
export function decide(
  op: OperationPolicy,
  caller: Caller | undefined,
  facts: ResourceFacts | undefined,
  regions: RegionScope,
): Decision {
  const grants = callerGrants(op, caller);
  if (grants.length === 0) return { allow: false, refusal: refusalWithoutGrant(op, caller) };
  if (!needsResource(grants)) return { allow: true };
  if (facts && grants.some((g) => grantHolds(g, caller, facts, regions))) return { allow: true };
  return { allow: false, refusal: 'out-of-scope' };
}

/** The capabilities (permission names) the caller holds anywhere in the table: what /api/me lists. */
export function capabilitiesOf(table: Readonly<Record<string, OperationPolicy>>, caller: CallerKind): Set<Permission> {
  const out = new Set<Permission>();
  for (const op of Object.values(table)) {
    if (op.capability && callerGrants(op, caller).some((g) => g.who !== 'anyone')) {
      out.add(op.capability);
    }
  }
  return out;
}
