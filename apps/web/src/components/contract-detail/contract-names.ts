import type { ContractAdjustment } from '../../api/types';

export const CONTRACT_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  rejected: 'error',
  certified: 'success',
};

export const ADJUSTMENT_NAMES: Record<ContractAdjustment['kind'], string> = {
  amendment: '变更登记',
  cancellation: '解除/注销',
};
