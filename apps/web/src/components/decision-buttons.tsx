import { Button, Space } from 'antd';
import { ConfirmButton } from './confirm-button';

/**
 * 通过 / 不通过 on a row of a review queue. Approving cannot be undone from here (a published
 * listing is public at once, a verified organisation may post): it asks first, saying what follows.
 * Rejecting opens a dialog of its own (with the reason).
 */
export function DecisionButtons({
  approve,
  reject,
  consequence,
  loading,
  onApprove,
  onReject,
  testId,
}: {
  approve: string;
  reject: string;
  /** What approving does, in the confirmation ("通过后立即公开发布……"). */
  consequence: string;
  loading: boolean;
  onApprove(): void | Promise<unknown>;
  onReject(): void;
  testId: string;
}) {
  return (
    <Space size={4}>
      <ConfirmButton
        title={`确定${approve}？`}
        description={consequence}
        okText={approve}
        okTestId={`${testId}-confirm`}
        onConfirm={onApprove}
        danger={false}
        type="primary"
        loading={loading}
        data-testid={testId}
      >
        {approve}
      </ConfirmButton>
      <Button size="small" danger onClick={onReject}>
        {reject}
      </Button>
    </Space>
  );
}
