import { Alert, Button, Card, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { send } from '../../api/query';
import type { ListedSale } from '../../api/types';
import { showApiErrorOnForm } from '../../components/api-form-errors';
import { DataForm } from '../../components/data-form';
import { FormModal } from '../../components/form-modal';
import { requiredText, rules } from '../../components/form-rules';
import { invalidate } from '../../api/query';
import { fenToWanInput, wanToFen, wanYuan } from '../../format';

/** 意向受让: a verified organisation other than the seller states its terms at the listed price, once. */
export function IntentForm({ sale }: { sale: ListedSale }) {
  const [form] = Form.useForm<{ terms: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (sale.myIntent)
    return (
      <Card title="受让意向">
        <Alert
          type="success"
          showIcon
          data-testid="my-intent"
          message={`本机构已登记受让意向（第 ${sale.myIntent.versionNo} 版挂牌）`}
          description={sale.myIntent.terms}
        />
      </Card>
    );
  const submit = async (v: { terms: string }) => {
    setBusy(true);
    setError(null);
    try {
      await send(`/listed-sales/${sale.id}/intents`, 'POST', v, true);
      await invalidate('listed-sales');
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['terms'] }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="登记受让意向">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={`登记意向即表示接受挂牌价 ${wanYuan(sale.priceFen)} 和上方的期满规则；每家机构只能登记一次。`}
      />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <DataForm<{ terms: string }> form={form} name="intent" onFinish={(v) => void submit(v)}>
        <Form.Item name="terms" label="受让条件" rules={requiredText('受让条件', 2000)}>
          <Input.TextArea rows={3} data-testid="intent-terms" placeholder="付款方式、时间安排等" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="intent-submit">
          登记意向
        </Button>
      </DataForm>
    </Card>
  );
}

export function WithdrawModal({ sale, open, onClose }: { sale: ListedSale; open: boolean; onClose(): void }) {
  return (
    <FormModal<{ reason: string }, ListedSale>
      open={open}
      name="withdraw"
      title="撤回挂牌"
      okText="撤回"
      okButtonProps={{ danger: true, 'data-testid': 'withdraw-submit' }}
      fields={['reason']}
      invalidates={['listed-sales']}
      success="已撤回挂牌"
      onClose={onClose}
      onDone={onClose}
      submit={(v) =>
        send<ListedSale>(`/listed-sales/${sale.id}/withdraw`, 'POST', { version: sale.version, reason: v.reason })
      }
    >
      <Form.Item name="reason" label="撤回理由" rules={requiredText('撤回理由', 500)} extra="撤回理由将公开显示">
        <Input.TextArea rows={3} data-testid="withdraw-reason" />
      </Form.Item>
    </FormModal>
  );
}

interface RelistValues {
  priceWan?: string;
  periodWorkingDays?: number;
  changeNote?: string;
}

export function RelistModal({
  sale,
  open,
  onClose,
  onDone,
}: {
  sale: ListedSale;
  open: boolean;
  onClose(): void;
  onDone(s: ListedSale): void;
}) {
  return (
    <FormModal<RelistValues, ListedSale>
      open={open}
      name="relist"
      title="重新挂牌"
      okText="重新挂牌"
      okButtonProps={{ 'data-testid': 'relist-submit' }}
      initialValues={{ priceWan: fenToWanInput(sale.priceFen) }}
      fields={['periodWorkingDays', 'changeNote']}
      invalidates={['listed-sales']}
      success="已重新挂牌"
      onClose={onClose}
      onDone={onDone}
      submit={(v) =>
        send<ListedSale>(
          `/listed-sales/${sale.id}/relist`,
          'POST',
          { priceFen: wanToFen(v.priceWan), periodWorkingDays: v.periodWorkingDays, changeNote: v.changeNote },
          true,
        )
      }
    >
      <Form.Item name="priceWan" label="挂牌价（万元）" rules={[rules.required('挂牌价')]}>
        <InputNumber<string> stringMode min="0.01" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="periodWorkingDays" label="挂牌期（工作日）" extra="不填即沿用原挂牌期（不少于本地区最短挂牌期）">
        <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="changeNote" label="说明" rules={[rules.length('说明', 500)]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
