import { Button, Space } from 'antd';

/** 通过 / 不通过 on a row of a review queue. */
export function DecisionButtons({
  approve,
  reject,
  loading,
  onApprove,
  onReject,
  testId,
}: {
  approve: string;
  reject: string;
  loading: boolean;
  onApprove(): void;
  onReject(): void;
  testId: string;
}) {
  return (
    <Space size={4}>
      <Button size="small" type="primary" loading={loading} onClick={onApprove} data-testid={testId}>
        {approve}
      </Button>
      <Button size="small" danger onClick={onReject}>
        {reject}
      </Button>
    </Space>
  );
}
