import { Button, Form, Input, Select, Typography } from 'antd';
import { RadioItem } from '../../components/choices';
import { useState } from 'react';
import { send, useGet, usePaged } from '../../api/query';
import type { Page } from '../../api/client';
import type { Contract, Voucher, VoucherProgramme } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { PagedTable } from '../../components/paged-table';
import { wanToFen, wanYuan } from '../../format';
import { ProgrammeTerms } from './bureau-tabs';
import { voucherColumns, programmeColumns } from './voucher-columns';

/** 可申报项目: programmes issued for the enterprise's region, with their terms and the application form. */
export function AvailableTab({ onApplied }: { onApplied(): void }) {
  const [applying, setApplying] = useState<VoucherProgramme | null>(null);
  const [form] = Form.useForm<{ category: string; providerOrgId: string; plannedWan: string; purpose: string }>();
  const list = usePaged<VoucherProgramme>('/voucher-programmes', {}, 10);
  const planned = Form.useWatch('plannedWan', form);
  const plannedFen = wanToFen(planned);
  return (
    <>
      <PagedTable<VoucherProgramme>
        list={list}
        scroll={{ x: 760 }}
        empty={<EmptyState title="暂无可申报的创新券项目" hint="所在地科技局发布项目后会出现在这里。" />}
        expandable={{ expandedRowRender: (p) => <ProgrammeTerms p={p} />, defaultExpandAllRows: true }}
        columns={[
          ...programmeColumns,
          { title: '补助比例', dataIndex: 'subsidyPercent', width: 90, render: (n: number) => `${n}%` },
          {
            title: '操作',
            key: 'op',
            width: 100,
            render: (_: unknown, p) => (
              <Button size="small" type="primary" onClick={() => setApplying(p)} data-testid="apply-voucher">
                申请
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{ category: string; providerOrgId: string; plannedWan: string; purpose: string }, Voucher>
        open={!!applying}
        form={form}
        name="apply"
        title={`申请创新券：${applying?.name ?? ''}`}
        okText="提交申请"
        okButtonProps={{ 'data-testid': 'submit-application' }}
        fields={['category', 'providerOrgId', 'plannedFen', 'purpose']}
        submit={(v) =>
          send(
            `/voucher-programmes/${applying!.id}/applications`,
            'POST',
            {
              category: v.category,
              providerOrgId: v.providerOrgId,
              plannedFen: wanToFen(v.plannedWan),
              purpose: v.purpose,
            },
            true,
          )
        }
        invalidates={['vouchers']}
        success="申请已提交，等待科技局审核"
        onClose={() => setApplying(null)}
        onDone={() => {
          setApplying(null);
          onApplied();
        }}
      >
        <Form.Item name="category" label="服务类别" rules={[{ required: true, message: '请选择服务类别' }]}>
          <Select
            options={(applying?.categories ?? []).map((c) => ({ value: c.code, label: c.name }))}
            placeholder="选择"
          />
        </Form.Item>
        <Form.Item name="providerOrgId" label="服务机构" rules={[{ required: true, message: '请选择服务机构' }]}>
          <Select
            options={(applying?.providers ?? []).map((o) => ({
              value: o.orgId,
              label: `${o.name}（${o.regionName}）`,
            }))}
            placeholder="选择项目批准的服务机构"
          />
        </Form.Item>
        <Form.Item
          name="plannedWan"
          label="计划服务金额（万元）"
          rules={[{ required: true, message: '请填写计划服务金额' }]}
          extra={
            applying && plannedFen
              ? `按 ${applying.subsidyPercent}% 计，申请补助约 ${wanYuan((BigInt(plannedFen) * BigInt(applying.subsidyPercent)) / 100n)}`
              : undefined
          }
        >
          <Input inputMode="decimal" placeholder="如 20" />
        </Form.Item>
        <Form.Item name="purpose" label="服务内容" rules={[{ required: true, message: '请填写服务内容' }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder="如：委托检测新型电池材料的循环寿命" />
        </Form.Item>
      </FormModal>
    </>
  );
}

type RedemptionValues = { basis: 'contract' | 'evidence'; contractId?: string; serviceWan?: string; evidence?: string };

/** 我的创新券: the enterprise's vouchers, and the redemption request (a certified contract, or a service record). */
export function MyVouchersTab() {
  const [redeeming, setRedeeming] = useState<Voucher | null>(null);
  const [form] = Form.useForm<RedemptionValues>();
  const basis = Form.useWatch('basis', form);
  const list = usePaged<Voucher>('/vouchers', {}, 10, (n) => `共 ${n} 张`);
  const contracts = useGet<Page<Contract>>(redeeming ? '/contracts' : null, { status: 'certified', pageSize: 100 });
  const usable = (contracts.data?.items ?? []).filter((c) => c.seller.orgId === redeeming?.providerOrgId);
  return (
    <>
      <PagedTable<Voucher>
        list={list}
        scroll={{ x: 1000 }}
        empty={<EmptyState title="还没有创新券" hint="在“可申报项目”中申请。" />}
        columns={[
          ...voucherColumns('provider'),
          {
            title: '操作',
            key: 'op',
            width: 150,
            render: (_: unknown, v) =>
              v.status === 'approved' ? (
                <Button size="small" type="primary" onClick={() => setRedeeming(v)} data-testid="request-redemption">
                  申请兑付
                </Button>
              ) : v.redemptionNote ? (
                <Typography.Text type="secondary">退回：{v.redemptionNote}</Typography.Text>
              ) : null,
          },
        ]}
      />
      <FormModal<RedemptionValues, Voucher>
        open={!!redeeming}
        form={form}
        name="redemption"
        title="申请兑付"
        okText="提交兑付申请"
        okButtonProps={{ 'data-testid': 'submit-redemption' }}
        initialValues={{ basis: 'contract' }}
        fields={['contractId', 'serviceFen', 'evidence']}
        submit={(v) =>
          send(
            `/vouchers/${redeeming!.id}/redemption`,
            'POST',
            v.basis === 'contract'
              ? { contractId: v.contractId }
              : { serviceFen: wanToFen(v.serviceWan), evidence: v.evidence },
          )
        }
        invalidates={['vouchers']}
        success="兑付申请已提交，等待科技局审核"
        onClose={() => setRedeeming(null)}
        onDone={() => setRedeeming(null)}
        intro={
          redeeming ? (
            <Typography.Paragraph>
              已预留 {wanYuan(redeeming.approvedFen)}，服务机构：{redeeming.providerName}。兑付金额按实际服务金额的{' '}
              {redeeming.subsidyPercent}% 计算，不超过预留额度。
            </Typography.Paragraph>
          ) : null
        }
      >
        <RadioItem name="basis" label="兑付依据" names={{ contract: '已认定登记的技术合同', evidence: '服务凭证' }} />
        {basis === 'evidence' ? (
          <>
            <Form.Item
              name="serviceWan"
              label="实际服务金额（万元）"
              rules={[{ required: true, message: '请填写服务金额' }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item
              name="evidence"
              label="服务凭证（报告编号、发票号等）"
              rules={[{ required: true, message: '请填写服务凭证' }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="contractId" label="技术合同" rules={[{ required: true, message: '请选择合同' }]}>
            <Select
              data-testid="redemption-contract"
              loading={contracts.isLoading}
              options={usable.map((c) => ({ value: c.id, label: `${c.title}（${wanYuan(c.contractAmountFen)}）` }))}
              placeholder="与该服务机构签订并已认定登记的合同"
              notFoundContent="没有与该服务机构签订并已认定登记的合同"
            />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}

/** 服务的创新券: vouchers naming the organisation as provider. */
export function ProviderTab() {
  const list = usePaged<Voucher>('/vouchers', { as: 'provider' }, 10, (n) => `共 ${n} 张`);
  return (
    <PagedTable<Voucher>
      list={list}
      scroll={{ x: 900 }}
      empty={
        <EmptyState
          title="暂无以本机构为服务机构的创新券"
          hint="科技局批准本机构为服务机构后，企业申请的创新券会出现在这里。"
        />
      }
      columns={voucherColumns('enterprise')}
    />
  );
}
