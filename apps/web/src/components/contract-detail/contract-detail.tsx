import { Alert, Button, Descriptions, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useGet } from '../../api/query';
import type { Contract, ContractAdjustment, ContractParty } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { CONTRACT_STATUS_NAMES, dateText, INCOMPLETE_NAMES, PRICE_ROUTE_NAMES } from '../../format';
import {
  contractTypeName,
  rejectionText,
  useContractTypes,
  useRegion,
  useRegionName,
  useRejectionReasons,
  useTechFields,
} from '../reference-data';
import { AdjustModal } from './adjust-modal';
import { Amounts, History } from './amounts';
import { CONTRACT_STATUS_COLORS } from './contract-names';
import { PricePublication } from './price-publication';
import { DetailTitle, SectionHeading } from '../section-heading';
import { ContractAttachments } from '../contract-attachments';

/**
 * Is the signed-in bureau the registry of `regionCode` or above it? The API lets only such a
 * bureau amend or cancel a registration and read a publication's objections.
 */
function useBureauAbove(regionCode: string | undefined): boolean {
  const { me } = useAuth();
  const bureau = me?.org.type === 'bureau';
  const region = useRegion(bureau ? regionCode : null).data;
  if (!bureau || !me || !region) return false;
  return region.code === me.org.regionCode || region.ancestors.some((a) => a.code === me.org.regionCode);
}

/**
 * One contract: declared and approved amounts, its registration, the history of amendments and
 * cancellation (new records; the certified record never changes), the registry's 变更 and
 * 解除/注销, and the seller's 协议定价公示 with its objections.
 */
export function ContractDetail({ id }: { id: string }) {
  const { can, me } = useAuth();
  const types = useContractTypes();
  const reasons = useRejectionReasons();
  const fields = useTechFields();
  const screens = Grid.useBreakpoint();
  const [adjusting, setAdjusting] = useState<ContractAdjustment['kind'] | null>(null);
  const detail = useGet<Contract>(`/contracts/${id}`);
  const c = detail.data;
  const registryAbove = useBureauAbove(c?.seller.regionCode);
  const sellerRegion = useRegionName(c?.seller.regionCode);
  const buyerRegion = useRegionName(c?.buyer.regionCode);

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (detail.error || !c) return <Alert type="error" showIcon message={detail.error?.message ?? '加载失败'} />;

  const reg = c.registration;
  const canAdjust = can('contract:certify') && registryAbove && c.status === 'certified' && !!reg && !reg.cancelled;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="contract-detail">
      <DetailTitle title={c.title}>
        <Tag color={CONTRACT_STATUS_COLORS[c.status]} data-testid="contract-detail-status">
          {CONTRACT_STATUS_NAMES[c.status] ?? c.status}
        </Tag>
        {reg?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
      </DetailTitle>
      {c.incomplete.length > 0 ? (
        <Alert
          type="info"
          showIcon
          message="本合同草稿由成交自动生成"
          description={`成交价已按成交结果填写。提交登记前，请卖方补充：${c.incomplete.map((f) => INCOMPLETE_NAMES[f]).join('、')}。`}
        />
      ) : null}
      {c.rejection ? (
        <Alert
          type="warning"
          showIcon
          message={rejectionText(reasons, c.rejection)}
          description="卖方修改后可重新提交认定登记。"
        />
      ) : null}

      <Descriptions column={screens.md ? 2 : 1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="合同类型">{contractTypeName(types, c.contractSubtypeCode)}</Descriptions.Item>
        <Descriptions.Item label="技术领域">
          {c.techFieldCode === null ? '待补充' : (fields[c.techFieldCode] ?? c.techFieldCode)}
        </Descriptions.Item>
        <Descriptions.Item label="卖方">
          <PartyText party={c.seller} region={sellerRegion} />
        </Descriptions.Item>
        <Descriptions.Item label="买方">
          <PartyText party={c.buyer} region={buyerRegion} />
        </Descriptions.Item>
        {c.intermediary ? (
          <Descriptions.Item label="中介方">
            <PartyText party={c.intermediary} />
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="签订日期">{c.signedOn === null ? '待补充' : dateText(c.signedOn)}</Descriptions.Item>
        <Descriptions.Item label="定价方式">{PRICE_ROUTE_NAMES[c.priceRoute]}</Descriptions.Item>
        {reg ? (
          <>
            <Descriptions.Item label="登记号">
              <Typography.Text strong copyable data-testid="contract-registration-no">
                {reg.registrationNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="认定日期">{dateText(reg.certifiedOn)}</Descriptions.Item>
          </>
        ) : null}
        {c.status === 'submitted' && c.deadlineOn ? (
          <Descriptions.Item label="登记期限">{dateText(c.deadlineOn)}</Descriptions.Item>
        ) : null}
      </Descriptions>

      <Amounts contract={c} />

      {reg ? (
        <div>
          <SectionHeading title="登记、变更与注销记录">
            {canAdjust ? (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setAdjusting('amendment')}
                  data-testid="amend-contract"
                >
                  变更
                </Button>
                <Button size="small" danger onClick={() => setAdjusting('cancellation')} data-testid="cancel-contract">
                  解除/注销
                </Button>
              </Space>
            ) : null}
          </SectionHeading>
          <History contract={c} />
          <AdjustModal contract={c} kind={adjusting} onClose={() => setAdjusting(null)} />
        </div>
      ) : null}

      <ContractAttachments
        contractId={c.id}
        editable={(c.status === 'draft' || c.status === 'rejected') && c.seller.orgId === me?.org.id}
      />

      <PricePublication contract={c} registryAbove={registryAbove} />
    </Space>
  );
}

/** A party as the registry reads it: name, region, credit code, and whether the platform vouches for it. */
function PartyText({ party, region }: { party: ContractParty; region?: string }) {
  return (
    <Space size={4} wrap>
      <span>{party.name}</span>
      {region ? <Typography.Text type="secondary">（{region}）</Typography.Text> : null}
      {party.creditCode ? (
        <Typography.Text type="secondary">统一社会信用代码 {party.creditCode}</Typography.Text>
      ) : null}
      {party.registered ? null : <Tag color="orange">未在平台注册</Tag>}
    </Space>
  );
}
