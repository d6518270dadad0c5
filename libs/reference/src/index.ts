/**
 * Reference's exports. Region scoping for other libs: RegionService (subtree codes, within
 * checks, lineage, every region — from memory, safe inside transactions) and, inside their own
 * SQL, the view `region_subtree` (root_code, region_code, depth: region_code lies in the
 * subtree of root_code; migration ReadModels1764910000000). region_closure stays internal (npm
 * run lint checks it). The code tables region, tech_field and contract_type are read-only
 * reference data other libs may join for names.
 */
export { ReferenceModule } from './reference.module.js';
export { RegionService, type RegionView, type RegionDetail } from './region.service.js';
export { chinaToday } from './china-date.js';
export { CodeTableService, type ContractTypeView, type ContractSubtypeView } from './code-table.service.js';
export { TargetService } from './target.service.js';
export { ReferenceErrorCode, RegionNotFoundError } from './reference.errors.js';
export { Region, type RegionLevel } from './region.entity.js';
export { TechField } from './tech-field.entity.js';
export { ContractType } from './contract-type.entity.js';
export { RejectionReason } from './rejection-reason.entity.js';
export { PolicyTarget } from './policy-target.entity.js';
export {
  TargetAdminService,
  type TargetPlanInput,
  type NewTargetInput,
  type TargetRevisionInput,
  type TargetPlanView,
  type TargetHistory,
} from './target-admin.service.js';
export { TargetIndicatorUnits } from './target-indicator-units.js';
export { TargetError } from './reference.errors.js';
