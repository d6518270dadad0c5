import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { RadioItem } from '../../components/choices';
import { send, useGet } from '../../api/query';
import type { ListedSale, ListingPeriod, ListingView, Me } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { requiredText, rules } from '../../components/form-rules';
import { fenToWanInput, wanToFen } from '../../format';

interface Values {
  achievementId?: string;
  title: string;
  description?: string;
  mode: 'transfer' | 'licence';
  priceWan?: string;
  depositWan?: string;
  terms?: string;
  periodWorkingDays?: number;
  changeNote?: string;
}

/** Fields whose API errors sit next to them (the amounts' errors, in fen, show above the form). */
const FIELDS = ['achievementId', 'title', 'description', 'mode', 'terms', 'periodWorkingDays', 'changeNote'];

/** Creates a 挂牌 listing, or (with `sale`) changes it: every change is a new, public version. */
export function ListedSaleFormModal({
  me,
  sale,
  open,
  onClose,
  onDone,
}: {
  me: Me;
  sale?: ListedSale;
  open: boolean;
  onClose(): void;
  onDone(s: ListedSale): void;
}) {
  const achievements = useGet<{ items: ListingView[] }>(open && !sale ? '/listings/achievements/mine' : null, {
    status: 'published',
    pageSize: 100,
  });
  const period = useGet<ListingPeriod>(open && !sale ? `/listed-sales/periods/${me.org.regionCode}` : null);
  const locked = !!sale && sale.intentCount > 0;
  const initialValues: Partial<Values> = sale
    ? {
        title: sale.title,
        description: sale.description,
        mode: sale.mode,
        priceWan: fenToWanInput(sale.priceFen),
        depositWan: fenToWanInput(sale.depositFen),
        terms: sale.terms,
      }
    : { mode: 'transfer', depositWan: '0' };
  const minimum = period.data?.workingDays ?? 20;
  return (
    <FormModal<Values, ListedSale>
      open={open}
      name="listed-sale"
      title={sale ? '修改挂牌（生成新版本）' : '挂牌科技成果'}
      okText={sale ? '保存为新版本' : '挂牌'}
      okButtonProps={{ 'data-testid': 'listed-sale-submit' }}
      initialValues={initialValues}
      fields={FIELDS}
      invalidates={['listed-sales', 'sale-notices']}
      success={sale ? '已保存为新版本' : '已挂牌'}
      onClose={onClose}
      onDone={onDone}
      intro={
        locked ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="已有机构登记受让意向，只能修改名称和介绍。"
          />
        ) : null
      }
      submit={(v) => {
        const body = {
          title: v.title,
          description: v.description ?? '',
          ...(locked
            ? {}
            : {
                mode: v.mode,
                priceFen: wanToFen(v.priceWan),
                depositFen: wanToFen(v.depositWan) ?? '0',
                terms: v.terms ?? '',
              }),
        };
        return sale
          ? send<ListedSale>(`/listed-sales/${sale.id}`, 'PATCH', {
              ...body,
              version: sale.version,
              changeNote: v.changeNote,
            })
          : send<ListedSale>(
              '/listed-sales',
              'POST',
              { ...body, achievementId: v.achievementId, periodWorkingDays: v.periodWorkingDays ?? minimum },
              true,
            );
      }}
    >
      {sale ? null : (
        <Form.Item
          name="achievementId"
          label="挂牌的科技成果"
          rules={[rules.chosen('科技成果')]}
          extra="只能挂牌本机构已发布的科技成果"
        >
          <Select
            data-testid="listed-sale-achievement"
            loading={achievements.isPending}
            options={(achievements.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
            placeholder="请选择"
          />
        </Form.Item>
      )}
      <Form.Item name="title" label="挂牌名称" rules={requiredText('挂牌名称', 200)}>
        <Input data-testid="listed-sale-title" />
      </Form.Item>
      <Form.Item name="description" label="项目介绍" rules={[rules.length('项目介绍', 5000)]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <RadioItem
        name="mode"
        label="交易方式"
        rules={[rules.chosen('交易方式')]}
        disabled={locked}
        names={{ transfer: '转让', licence: '许可' }}
      />
      <Form.Item name="priceWan" label="挂牌价（万元）" rules={[rules.required('挂牌价')]}>
        <InputNumber<string>
          stringMode
          min="0.01"
          step="1"
          style={{ width: '100%' }}
          disabled={locked}
          data-testid="listed-sale-price-input"
        />
      </Form.Item>
      <Form.Item name="depositWan" label="转为竞价时的保证金（万元）">
        <InputNumber<string> stringMode min="0" step="1" style={{ width: '100%' }} disabled={locked} />
      </Form.Item>
      <Form.Item name="terms" label="交易条件" rules={[rules.length('交易条件', 5000)]}>
        <Input.TextArea rows={3} disabled={locked} placeholder="付款方式、交付与技术指导等" />
      </Form.Item>
      {sale ? (
        <Form.Item
          name="changeNote"
          label="修改说明"
          rules={[rules.length('修改说明', 500)]}
          extra="将与新版本一同公开显示"
        >
          <Input />
        </Form.Item>
      ) : (
        <Form.Item
          name="periodWorkingDays"
          label="挂牌期（工作日）"
          extra={`本地区最短挂牌期为 ${minimum} 个工作日，不填即按最短期`}
        >
          <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} placeholder={String(minimum)} />
        </Form.Item>
      )}
    </FormModal>
  );
}
