export { Public, IS_PUBLIC } from './public.decorator.js';
export { Permission, ROLES, ORG_TYPES, ROLE_PERMISSIONS, permissionsOf, type Role, type OrgType } from './permissions.js';
export { isBureau, isPlatformAdmin, type Principal } from './principal.js';
export { RequirePermission, CurrentUser, OptionalUser, REQUIRED_PERMISSIONS } from './decorators.js';
