import { send, useAction } from '../api/query';
import type { OrgView } from '../api/types';
import { DecisionButtons } from './decision-buttons';

/** 通过 / 不通过 of a pending organisation (review queue, organisation admin): verifying asks first. */
export function OrgVerifyButtons({ org, onReject }: { org: OrgView; onReject(): void }) {
  const verify = useAction((o: OrgView) => send(`/organizations/${o.id}/verify`, 'POST', { version: o.version }), {
    invalidates: ['organizations'],
    success: (_, o) => `「${o.name}」已通过认证`,
  });
  return (
    <DecisionButtons
      approve="通过"
      reject="不通过"
      consequence="通过后该机构即为已认证单位，可以发布需求和成果、登记技术合同。"
      loading={verify.isPending}
      onApprove={() => verify.mutateAsync(org).catch(() => undefined)}
      onReject={onReject}
      testId="verify-org"
    />
  );
}
