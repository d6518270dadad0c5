import type { Permission } from './permissions.js';
import { capabilitiesOf, type CallerKind } from './policy.js';
import { POLICY_TABLE } from './policy.table.js';

/** The capabilities the caller holds by the policy table (depends on its roles, organisation type and verified status). */
export function permissionsOf(caller: CallerKind): Set<Permission> {
  return capabilitiesOf(POLICY_TABLE, caller);
}

/** A Principal-shaped object: the caller with the capabilities the table gives it. */
export function withPermissions<T extends CallerKind>(caller: T): T & { permissions: Set<Permission> } {
  return { ...caller, permissions: permissionsOf(caller) };
}
