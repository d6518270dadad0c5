import { Alert, Button, Modal, Typography } from 'antd';

/** A secret the server returns once: shown with a copy button, and gone when the dialog closes. */
export function SecretOnce({
  title,
  secret,
  what,
  onClose,
}: {
  title: string;
  secret: string | null;
  what: string;
  onClose(): void;
}) {
  return (
    <Modal
      title={title}
      open={!!secret}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-done">
          我已保存，关闭
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={`${what}只显示这一次，关闭后无法再查看。请立即复制，并通过安全渠道交给合作方。`}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph
        code
        copyable={{ text: secret ?? '', tooltips: ['复制', '已复制'] }}
        style={{ wordBreak: 'break-all', fontSize: 15 }}
        data-testid="secret-value"
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
