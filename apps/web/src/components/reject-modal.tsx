import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ListingView, OrgView } from '../api/types';
import { showApiErrorOnForm } from './api-form-errors';

/** What is sent back: an organisation's verification or a listing under review. */
export type RejectTarget =
  { kind: 'org'; item: OrgView } | { kind: 'needs' | 'achievements' | 'challenges'; item: ListingView };

/** 不通过 / 驳回 with a reason the other side sees (review queue, platform organisation list). */
export function RejectModal({
  target,
  onClose,
  onDone,
}: {
  target: RejectTarget | null;
  onClose(): void;
  onDone(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (target) {
      form.resetFields();
      setError(null);
    }
  }, [target, form]);
  const submit = async (v: { reason?: string }) => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const path =
        target.kind === 'org'
          ? `/organizations/${target.item.id}/reject`
          : `/listings/${target.kind}/${target.item.id}/reject`;
      await api(path, { method: 'POST', body: { version: target.item.version, reason: v.reason ?? '' } });
      void message.success('已驳回，对方可修改后重新提交');
      onDone();
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['reason'] }));
    } finally {
      setBusy(false);
    }
  };
  const name = target ? (target.kind === 'org' ? target.item.name : target.item.title) : '';
  return (
    <Modal
      title={target?.kind === 'org' ? '机构认证不通过' : '驳回'}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确定"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      <Typography.Paragraph>{name}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label="理由（对方可见）">
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={
              target?.kind === 'org' ? '如：营业执照与填报名称不一致' : '如：联系方式不完整，请补充后重新提交'
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
