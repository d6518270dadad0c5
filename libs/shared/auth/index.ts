export { Permission, ROLES, ORG_TYPES, type Role, type OrgType } from './permissions.js';
export { ROLES_BY_ORG_TYPE, FIRST_ADMIN_ROLE } from './org-roles.js';
export { permissionsOf, withPermissions } from './capabilities.js';
export { isBureau, isPlatformAdmin, type Principal } from './principal.js';
export { CurrentUser, OptionalUser } from './decorators.js';
export { Policy, POLICY_OPERATION } from './policy.decorator.js';
export {
  callerGrants,
  capabilitiesOf,
  decide,
  needsResource,
  type Caller,
  type CallerKind,
  type Decision,
  type Grant,
  type OperationPolicy,
  type Refusal,
  type RegionScope,
  type Relation,
  type ResourceFacts,
  type ResourceSource,
} from './policy.js';
export { POLICY, POLICY_TABLE, type OperationName } from './policy.table.js';
