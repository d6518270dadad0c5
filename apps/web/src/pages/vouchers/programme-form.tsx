import { Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { send } from '../../api/query';
import type { VoucherProgramme } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { OrgSelectMany } from './org-select-many';
import { wanToFen } from '../../format';

export const VOUCHER_CATEGORY_OPTIONS = [
  { value: 'tech_transfer', label: '技术转移' },
  { value: 'testing', label: '检验检测' },
  { value: 'training', label: '人才培养' },
  { value: 'instrument_sharing', label: '仪器设备共享' },
  { value: 'rd_design', label: '研发设计' },
  { value: 'ip_services', label: '知识产权服务' },
];

interface Values {
  name: string;
  budgetWan: string;
  opensOn: string;
  closesOn: string;
  sme: boolean;
  highTech: boolean;
  categories: string[];
  subsidyPercent: number;
  capWan: string;
  reservationDays: number;
  outsideProviders: boolean;
  acceptedRegionCodes: string[];
  providerOrgIds: string[];
}

/** 创建创新券项目: the bureau admin's terms, amounts typed in 万元. */
export function ProgrammeForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const year = new Date().getFullYear();
  return (
    <FormModal<Values, VoucherProgramme>
      open={open}
      name="programme"
      title="创建创新券项目"
      okText="创建"
      okButtonProps={{ 'data-testid': 'create-programme' }}
      initialValues={{
        opensOn: `${year}-01-01`,
        closesOn: `${year}-12-31`,
        sme: true,
        highTech: true,
        categories: ['tech_transfer', 'testing', 'training', 'instrument_sharing'],
        subsidyPercent: 50,
        reservationDays: 90,
        outsideProviders: false,
        acceptedRegionCodes: [],
        providerOrgIds: [],
      }}
      fields={['name', 'opensOn', 'closesOn', 'categories', 'subsidyPercent', 'reservationDays', 'providerOrgIds']}
      submit={(v) =>
        send(
          '/voucher-programmes',
          'POST',
          {
            name: v.name,
            budgetFen: wanToFen(v.budgetWan) ?? '0',
            opensOn: v.opensOn,
            closesOn: v.closesOn,
            eligibleKinds: [...(v.sme ? ['tech_sme'] : []), ...(v.highTech ? ['high_tech_enterprise'] : [])],
            categories: v.categories,
            subsidyPercent: v.subsidyPercent,
            capPerEnterpriseFen: wanToFen(v.capWan) ?? '0',
            reservationDays: v.reservationDays,
            outsideProviders: v.outsideProviders,
            acceptedRegionCodes: v.acceptedRegionCodes,
            providerOrgIds: v.providerOrgIds,
          },
          true,
        )
      }
      invalidates={['voucher-programmes']}
      success="项目已创建"
      onClose={onClose}
      onDone={onClose}
    >
      <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
        <Input maxLength={100} placeholder="如：2026年科技创新券" />
      </Form.Item>
      <Form.Item name="budgetWan" label="预算（万元）" rules={[{ required: true, message: '请填写预算' }]}>
        <Input inputMode="decimal" placeholder="如 500" />
      </Form.Item>
      <Form.Item label="申报期" required style={{ marginBottom: 0 }}>
        <Form.Item name="opensOn" style={{ display: 'inline-block', width: 'calc(50% - 8px)' }}>
          <Input type="date" aria-label="开始日期" />
        </Form.Item>
        <Form.Item name="closesOn" style={{ display: 'inline-block', width: 'calc(50% - 8px)', marginLeft: 16 }}>
          <Input type="date" aria-label="截止日期" />
        </Form.Item>
      </Form.Item>
      <Form.Item label="适用企业（在有效期内列入名录之一；都不选则本地区企业均可申请）">
        <Form.Item name="sme" valuePropName="checked" noStyle>
          <Checkbox>科技型中小企业</Checkbox>
        </Form.Item>
        <Form.Item name="highTech" valuePropName="checked" noStyle>
          <Checkbox>高新技术企业</Checkbox>
        </Form.Item>
      </Form.Item>
      <Form.Item
        name="categories"
        label="支持的服务类别"
        rules={[{ required: true, message: '请至少选择一个服务类别' }]}
      >
        <Checkbox.Group options={VOUCHER_CATEGORY_OPTIONS} />
      </Form.Item>
      <Form.Item name="subsidyPercent" label="补助比例（%）">
        <InputNumber min={1} max={100} />
      </Form.Item>
      <Form.Item name="capWan" label="每家企业每年上限（万元）" rules={[{ required: true, message: '请填写上限' }]}>
        <Input inputMode="decimal" placeholder="如 20" />
      </Form.Item>
      <Form.Item name="reservationDays" label="额度保留天数（到期未兑付则释放）">
        <InputNumber min={1} max={730} />
      </Form.Item>
      <Form.Item name="providerOrgIds" label="批准的服务机构">
        <OrgSelectMany />
      </Form.Item>
      <Form.Item name="outsideProviders" label="接受外地服务机构" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="acceptedRegionCodes" label="通用通兑：接受这些地区发放的创新券（行政区划代码）">
        <Select mode="tags" placeholder="如 320300（徐州市）" tokenSeparators={[',', ' ']} />
      </Form.Item>
    </FormModal>
  );
}
