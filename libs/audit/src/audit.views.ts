import { auditActionName, auditTargetName } from './audit-actions.js';
import type { AuditRecord } from './audit.repository.js';

/** An audit row as the API answers it. */
export interface AuditRowView {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  /** The actor's name and organisation now (null: nobody signed in, e.g. a failed login). */
  actorName: string | null;
  actorOrgName: string | null;
  regionCode: string | null;
  action: string;
  /** The action and target type for people (Chinese). */
  actionName: string;
  targetType: string;
  targetName: string;
  /** The organisation's or user's name now (null for other targets, or one since deleted). */
  targetLabel: string | null;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}

export const rowView = ({ id, occurredAt, ...r }: AuditRecord): AuditRowView => ({
  id,
  occurredAt: occurredAt.toISOString(),
  ...r,
  actionName: auditActionName(r.action),
  targetName: auditTargetName(r.targetType),
});
