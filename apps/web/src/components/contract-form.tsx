import {
  Alert,
  App,
  Button,
  Cascader,
  Col,
  Divider,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../api/client';
import { invalidate } from '../api/query';
import type { Contract, Deal } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { fenToWanInput, wanToFen } from '../format';
import { showApiErrorOnForm } from './api-form-errors';
import { RegionPicker } from './region-picker';
import { useContractTypes, useTechFields } from './reference-data';
import { TextItem } from './text-item';
import { DataForm } from './data-form';
import { ContractAttachments } from './contract-attachments';
import { rules } from './form-rules';
import { namedOptions } from './choices';

interface Values {
  title?: string;
  contractSubtypeCode?: string;
  techFieldCode?: string;
  buyer?: { orgId?: string; name?: string; creditCode?: string; regionCode?: string };
  contractAmountFen?: string;
  techAmountFen?: string;
  signedOn?: Dayjs;
  negotiatedPrice?: boolean;
}

const FIELDS = [
  'title',
  'contractTypeCode',
  'contractSubtypeCode',
  'techFieldCode',
  'buyer.orgId',
  'buyer.name',
  'buyer.creditCode',
  'buyer.regionCode',
  'contractAmountFen',
  'techAmountFen',
  'signedOn',
  'negotiatedPrice',
];

/** Type → subtype from the code table; the value is the subtype's code. */
function SubtypePicker({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}) {
  const types = useContractTypes();
  const parent = types.find((t) => t.subtypes.some((s) => s.code === value));
  return (
    <Cascader
      id={id}
      placeholder="合同类型 / 子类型"
      value={parent && value ? [parent.code, value] : []}
      options={types.map((t) => ({
        value: t.code,
        label: t.name,
        children: t.subtypes.map((s) => ({ value: s.code, label: s.name })),
      }))}
      onChange={(v) => onChange?.((v as string[] | undefined)?.[1])}
      style={{ width: '100%' }}
    />
  );
}

const amount = (wan: string | undefined): string | undefined =>
  wan === undefined || wan === null || wan === '' ? undefined : (wanToFen(wan) ?? String(wan));

/**
 * 技术合同登记 by the seller: type and subtype from the dated code table, the buyer (from the
 * signed deal, or by name and region), both amounts typed in 万元 and sent as integer fen.
 */
export function ContractForm({
  contract,
  deal,
  onSaved,
}: {
  contract?: Contract;
  deal?: Deal;
  onSaved(c: Contract): void;
}) {
  const { message } = App.useApp();
  const { me } = useAuth();
  const fields = useTechFields();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dealBuyer = deal?.parties.find((p) => p.role === 'buyer');
  const buyerFixed = !!(contract?.buyer.orgId ?? dealBuyer);

  const initial: Values = contract
    ? {
        title: contract.title,
        contractSubtypeCode: contract.contractSubtypeCode ?? undefined,
        techFieldCode: contract.techFieldCode ?? undefined,
        buyer: {
          orgId: contract.buyer.orgId ?? undefined,
          name: contract.buyer.name,
          creditCode: contract.buyer.creditCode ?? undefined,
          regionCode: contract.buyer.regionCode,
        },
        contractAmountFen: fenToWanInput(contract.contractAmountFen),
        techAmountFen: fenToWanInput(contract.techAmountFen),
        signedOn: contract.signedOn === null ? undefined : dayjs(contract.signedOn),
        negotiatedPrice: contract.negotiatedPrice,
      }
    : {
        title: deal ? `${deal.title}技术合同`.slice(0, 200) : undefined,
        buyer: dealBuyer ? { orgId: dealBuyer.orgId, name: dealBuyer.name } : {},
        signedOn: dayjs(),
        negotiatedPrice: false,
      };

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    // A buyer on the platform is its record (id alone); one outside is entered with name, credit code and region.
    const buyer = v.buyer?.orgId
      ? { orgId: v.buyer.orgId }
      : {
          name: v.buyer?.name || undefined,
          creditCode: v.buyer?.creditCode || undefined,
          regionCode: v.buyer?.regionCode,
        };
    const body = {
      title: v.title,
      contractSubtypeCode: v.contractSubtypeCode,
      techFieldCode: v.techFieldCode,
      seller: {},
      buyer,
      contractAmountFen: amount(v.contractAmountFen),
      techAmountFen: amount(v.techAmountFen),
      signedOn: v.signedOn ? v.signedOn.format('YYYY-MM-DD') : undefined,
      negotiatedPrice: v.negotiatedPrice ?? false,
      ...(deal && !contract
        ? { dealId: deal.id, needId: deal.needId ?? undefined, achievementId: deal.achievementId ?? undefined }
        : {}),
    };
    try {
      const saved = contract
        ? await api<Contract>(`/contracts/${contract.id}`, {
            method: 'PATCH',
            body: { ...body, seller: undefined, version: contract.version },
          })
        : await api<Contract>('/contracts', { method: 'POST', body, idempotent: true });
      await invalidate('contracts', 'deals');
      void message.success('合同已保存，请核对后提交认定登记');
      onSaved(saved);
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: FIELDS, codeFields: { CONTRACT_DEAL_NOT_SIGNED: 'title' } }));
    } finally {
      setBusy(false);
    }
  };

  const wan = (name: 'contractAmountFen' | 'techAmountFen', label: string, extra: string) => (
    <Form.Item name={name} label={`${label}（万元）`} extra={extra} rules={[rules.required(label)]}>
      <InputNumber<string> stringMode min="0" style={{ width: '100%' }} placeholder="如 123.45" />
    </Form.Item>
  );

  return (
    <>
      <DataForm<Values> form={form} initialValues={initial} onFinish={(v) => void save(v)} data-testid="contract-form">
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
        ) : null}
        {deal ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`来自已签约的对接：${deal.title}`} />
        ) : null}
        <TextItem name="title" label="合同名称" max={200} min={2} required />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="contractSubtypeCode" label="合同类型" rules={[rules.chosen('合同类型')]}>
              <SubtypePicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="techFieldCode" label="技术领域" rules={[rules.chosen('技术领域')]}>
              <Select allowClear placeholder="选择技术领域" options={namedOptions(fields)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="卖方（本机构）">
              <Typography.Text>{contract?.seller.name ?? me?.org.name}</Typography.Text>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['buyer', 'orgId']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={['buyer', 'name']} label="买方名称" rules={buyerFixed ? [] : [rules.required('买方名称')]}>
              <Input disabled={buyerFixed} maxLength={200} placeholder="买方单位全称" />
            </Form.Item>
            {buyerFixed ? null : (
              <>
                <Form.Item
                  name={['buyer', 'creditCode']}
                  label="买方统一社会信用代码"
                  extra="买方已在平台注册的，按其登记信息关联；未注册的，登记机关据此核对"
                >
                  <Input maxLength={18} placeholder="18 位" />
                </Form.Item>
                <Form.Item name={['buyer', 'regionCode']} label="买方所在地区" rules={[rules.chosen('买方所在地区')]}>
                  <RegionPicker placeholder="省 / 市 / 区县" />
                </Form.Item>
              </>
            )}
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {wan('contractAmountFen', '合同成交额', '合同约定的总金额')}
          </Col>
          <Col xs={24} md={12}>
            {wan('techAmountFen', '技术交易额', '扣除设备、材料等非技术性费用后的金额，不超过合同成交额')}
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="signedOn" label="签订日期" rules={[rules.chosen('签订日期')]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="negotiatedPrice"
              label="协议定价"
              valuePropName="checked"
              extra="高校、科研院所协议定价的转让/许可须先公示 15 日"
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-contract">
          保存合同
        </Button>
      </DataForm>
      <Divider />
      {contract ? (
        <ContractAttachments contractId={contract.id} editable />
      ) : (
        <Typography.Paragraph type="secondary" data-testid="attachments-after-save">
          附件：保存合同后，点“修改”或“详情”上传合同文本和附件（PDF、PNG、JPEG）。
        </Typography.Paragraph>
      )}
    </>
  );
}
