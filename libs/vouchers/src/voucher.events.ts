/**
 * Facts the vouchers lib publishes about its own vouchers (libs/shared/jobs/README.md, "Events").
 * Payloads carry the voucher's id and a decision's outcome; a subscriber reads the rest from this lib.
 */
export const VOUCHER_APPLIED = 'voucher.applied';
export const VOUCHER_DECIDED = 'voucher.decided';
export const VOUCHER_REDEMPTION_REQUESTED = 'voucher.redemption-requested';
export const VOUCHER_REDEMPTION_DECIDED = 'voucher.redemption-decided';
export const VOUCHER_EXPIRED = 'voucher.expired';
export const VOUCHER_TOPICS = [
  VOUCHER_APPLIED,
  VOUCHER_DECIDED,
  VOUCHER_REDEMPTION_REQUESTED,
  VOUCHER_REDEMPTION_DECIDED,
  VOUCHER_EXPIRED,
] as const;

export interface VoucherEvent {
  voucherId: string;
  /** A decision's outcome (the voucher may have moved on by the time a subscriber reads it). */
  outcome?: 'approved' | 'rejected' | 'redeemed' | 'returned';
}

export const voucherEventKey = (voucherId: string): string => `voucher:${voucherId}`;
