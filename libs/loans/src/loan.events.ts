/** Facts the loans lib publishes about its own filings (libs/shared/jobs/README.md, "Events"). */
export const LOAN_FILED = 'loan.filed';
export const LOAN_TOPICS = [LOAN_FILED] as const;

export interface LoanEvent {
  loanId: string;
}

export const loanEventKey = (loanId: string): string => `loan:${loanId}`;
