import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { invalidate, send } from '../../api/query';
import type { CommissionBasis, Deal } from '../../api/types';
import { DataForm } from '../../components/data-form';
import { showApiErrorOnForm } from '../../components/api-form-errors';
import { SectionHeading } from '../../components/section-heading';
import { fenToWanInput, wanToFen, wanYuan } from '../../format';
import { namedOptions } from '../../components/choices';

const BASIS_NAMES: Record<CommissionBasis, string> = {
  contract_amount: '合同成交额',
  tech_amount: '技术交易额',
  net_income: '转化净收入',
};

interface CommissionValues {
  percent?: string | null;
  basis?: CommissionBasis | null;
  fixedFen?: string | null;
  note?: string;
}

const SOURCE_NAMES = { asking_price: '成果报价', budget: '需求预算上限' } as const;

/** The brokerage's estimate of the commission, with what it rests on. */
function expectedText(e: NonNullable<Deal['expectedCommission']>): string {
  if (e.fen === null) return '签订合同后按合同金额计算';
  if (e.basisFen === null || e.basisSource === null) return wanYuan(e.fen);
  return `约 ${wanYuan(e.fen)}（按${SOURCE_NAMES[e.basisSource]} ${wanYuan(e.basisFen)} 估算，以合同金额为准）`;
}

/** Percent as stored ("3.50") → "3.5". */
const percentText = (p: string) => String(Number(p));

/**
 * 佣金条款: what the broker earns on this deal. Its broker (or the broker organisation's manager)
 * edits them until the deal is signed or dropped; the API's field errors show under the fields.
 */
export function CommissionTerms({ deal: d, editable }: { deal: Deal; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const c = d.commission;
  const empty = c.percent === null && c.fixedFen === null && c.basis === null && !c.note;
  return (
    <div data-testid="deal-commission">
      <SectionHeading title="佣金条款">
        {editable && !editing ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="edit-commission">
            修改佣金
          </Button>
        ) : null}
      </SectionHeading>
      {editing ? (
        <CommissionForm deal={d} onDone={() => setEditing(false)} />
      ) : empty ? (
        <Typography.Text type="secondary" data-testid="commission-terms">
          尚未约定佣金{editable ? '，经纪人可在签约前设置' : ''}
        </Typography.Text>
      ) : (
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { whiteSpace: 'nowrap' } }}
          data-testid="commission-terms"
        >
          <Descriptions.Item label="佣金比例">
            {c.percent === null ? '—' : `${c.basis ? `${BASIS_NAMES[c.basis]}的 ` : ''}${percentText(c.percent)}%`}
          </Descriptions.Item>
          <Descriptions.Item label="固定佣金">{c.fixedFen === null ? '—' : wanYuan(c.fixedFen)}</Descriptions.Item>
          {d.expectedCommission ? (
            <Descriptions.Item label="预计佣金">
              <span data-testid="expected-commission">{expectedText(d.expectedCommission)}</span>
            </Descriptions.Item>
          ) : null}
          {c.note ? <Descriptions.Item label="约定说明">{c.note}</Descriptions.Item> : null}
        </Descriptions>
      )}
    </div>
  );
}

/** The service reports its own checks as commission.percent / commission.fixedFen: the form's fields are bare. */
function bareFields(err: ApiError): ApiError {
  const fields = err.fieldErrors.map((f) => ({ ...f, field: f.field.replace(/^commission\./, '') }));
  return new ApiError(err.status, err.code, err.message, fields, err.requestId);
}

function CommissionForm({ deal: d, onDone }: { deal: Deal; onDone(): void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<CommissionValues>();
  const save = useMutation<Deal, ApiError, Record<string, unknown>>({
    // PUT replaces the terms: what is left empty is cleared
    mutationFn: (body) => send<Deal>(`/deals/${d.id}/commission`, 'PUT', body),
  });
  const c = d.commission;
  const initial: CommissionValues = {
    percent: c.percent === null ? null : percentText(c.percent),
    basis: c.basis,
    fixedFen: fenToWanInput(c.fixedFen) ?? null,
    note: c.note ?? undefined,
  };

  const finish = (v: CommissionValues) => {
    setError(null);
    const fixed =
      v.fixedFen === null || v.fixedFen === undefined || v.fixedFen === '' ? undefined : wanToFen(v.fixedFen);
    if (v.fixedFen && fixed === undefined) {
      form.setFields([{ name: 'fixedFen', errors: ['请填写金额（万元），最多 6 位小数'] }]);
      return;
    }
    const body = {
      version: d.version,
      ...(v.percent === null || v.percent === undefined || v.percent === '' ? {} : { percent: Number(v.percent) }),
      ...(fixed === undefined ? {} : { fixedFen: fixed }),
      ...(v.basis ? { basis: v.basis } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    save.mutate(body, {
      onSuccess: async () => {
        void message.success('佣金条款已保存');
        await invalidate('deals');
        onDone();
      },
      onError: (err) =>
        setError(showApiErrorOnForm(form, bareFields(err), { fields: ['percent', 'basis', 'fixedFen', 'note'] })),
    });
  };

  return (
    <DataForm<CommissionValues> form={form} initialValues={initial} onFinish={finish} data-testid="commission-form">
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Space wrap align="start" size={12}>
        <Form.Item name="percent" label="佣金比例（%）" style={{ width: 160 }}>
          <InputNumber<string> stringMode precision={2} style={{ width: '100%' }} placeholder="如 3" />
        </Form.Item>
        <Form.Item name="basis" label="计算基数" style={{ width: 160 }}>
          <Select allowClear placeholder="选择基数" options={namedOptions(BASIS_NAMES)} />
        </Form.Item>
        <Form.Item name="fixedFen" label="固定佣金（万元）" style={{ width: 180 }}>
          <InputNumber<string> stringMode min="0" style={{ width: '100%' }} placeholder="如 0.5" />
        </Form.Item>
      </Space>
      <Form.Item name="note" label="约定说明">
        <Input.TextArea rows={2} maxLength={2000} placeholder="如：签约后 30 日内由买方支付" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-commission">
          保存佣金条款
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </DataForm>
  );
}
