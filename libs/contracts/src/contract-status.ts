/**
 * The registration life of a contract. Certified is final for the record itself: amendments
 * and cancellations are separate records that adjust the statistics from their effective date.
 */
export const CONTRACT_STATUSES = ['draft', 'submitted', 'rejected', 'certified'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export type ContractAction = 'edit' | 'submit' | 'certify' | 'reject' | 'amend' | 'cancel' | 'publish_price';

const ALLOWED: Record<ContractAction, readonly ContractStatus[]> = {
  // A rejected contract is corrected and resubmitted; a submitted one waits for the registry.
  edit: ['draft', 'rejected'],
  submit: ['draft', 'rejected'],
  certify: ['submitted'],
  reject: ['submitted'],
  amend: ['certified'],
  cancel: ['certified'],
  publish_price: ['draft', 'submitted', 'rejected'],
};

const NEXT: Partial<Record<ContractAction, ContractStatus>> = {
  submit: 'submitted',
  certify: 'certified',
  reject: 'rejected',
};

export function canApply(status: ContractStatus, action: ContractAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The status after `action`, or undefined when the action is not allowed from `status`. */
export function nextStatus(status: ContractStatus, action: ContractAction): ContractStatus | undefined {
  if (!canApply(status, action)) return undefined;
  return NEXT[action] ?? status;
}
