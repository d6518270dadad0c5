import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { Deal, OpenDealBody } from '../api/types';
import { FormModal } from './form-modal';
import { requiredText } from './form-rules';

type DealBody = Omit<OpenDealBody, 'title' | 'note'>;

/**
 * 发起对接 (from a listing, or from a match): the deal's name and a note, then POST /deals with
 * the listings and parties `deal()` answers (it may read what it needs first); opens the new deal.
 */
export function OpenDealModal({
  open,
  onClose,
  dialogTitle,
  okText,
  okTestId,
  initialTitle,
  intro,
  noteLabel,
  notePlaceholder,
  success,
  deal,
}: {
  open: boolean;
  onClose(): void;
  dialogTitle: string;
  okText: string;
  okTestId?: string;
  initialTitle: string;
  intro: ReactNode;
  noteLabel: string;
  notePlaceholder: string;
  success: string;
  /** The deal's listings and parties (and match reference), without its name and note. */
  deal(): Promise<DealBody>;
}) {
  const navigate = useNavigate();
  return (
    <FormModal<{ title: string; note?: string }, Deal>
      open={open}
      title={dialogTitle}
      okText={okText}
      okButtonProps={okTestId ? { 'data-testid': okTestId } : undefined}
      initialValues={{ title: initialTitle.slice(0, 200) }}
      fields={['title', 'note']}
      submit={async (v) =>
        api<Deal>('/deals', {
          method: 'POST',
          idempotent: true,
          body: { title: v.title, ...(await deal()), ...(v.note ? { note: v.note } : {}) },
        })
      }
      invalidates={['deals']}
      success={success}
      onClose={onClose}
      onDone={(deal) => {
        onClose();
        void navigate(`/deals?deal=${deal.id}`);
      }}
      intro={<Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
    >
      <Form.Item name="title" label="对接名称" validateFirst rules={requiredText('对接名称', 200)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={noteLabel}>
        <Input.TextArea rows={3} maxLength={5000} placeholder={notePlaceholder} />
      </Form.Item>
    </FormModal>
  );
}
