import { Checkbox, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { send } from '../../api/query';
import type { Lot } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { requiredText, rules } from '../../components/form-rules';
import { wanToFen } from '../../format';

interface LotFormValues {
  title: string;
  description?: string;
  startingPriceWan: string;
  reservePriceWan?: string | null;
  reserveShown?: boolean;
  incrementWan: string;
  depositWan: string;
  period: [Dayjs, Dayjs];
  antiSnipingMinutes?: number;
  winnerAnonymous?: boolean;
}

const wanField = (label: string, required = true) => ({
  rules: required ? [rules.chosen(label.replace('（万元）', ''))] : [],
  children: <InputNumber<string> stringMode min="0" style={{ width: '100%' }} placeholder="万元" />,
});

/** A new lot (a draft of the caller's organisation): amounts in 万元, times in China time. */
export function LotFormModal({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone(l: Lot): void }) {
  const hour = dayjs().add(1, 'hour').startOf('hour');
  return (
    <FormModal<LotFormValues, Lot>
      open={open}
      name="lot"
      title="新建竞价标的"
      okText="保存草稿"
      okButtonProps={{ 'data-testid': 'lot-save' }}
      fields={['title', 'description']}
      initialValues={{
        period: [hour, hour.add(2, 'hour')],
        antiSnipingMinutes: 5,
        reserveShown: false,
        winnerAnonymous: false,
      }}
      submit={(v) =>
        send<Lot>(
          '/auctions',
          'POST',
          {
            title: v.title.trim(),
            description: v.description?.trim() ?? '',
            startingPriceFen: wanToFen(v.startingPriceWan),
            ...(v.reservePriceWan ? { reservePriceFen: wanToFen(v.reservePriceWan) } : {}),
            reserveShown: v.reserveShown ?? false,
            incrementFen: wanToFen(v.incrementWan),
            depositFen: wanToFen(v.depositWan),
            startsAt: v.period[0].toISOString(),
            endsAt: v.period[1].toISOString(),
            antiSnipingMinutes: v.antiSnipingMinutes ?? 5,
            winnerAnonymous: v.winnerAnonymous ?? false,
          },
          true,
        )
      }
      invalidates={['auctions']}
      success="已保存为草稿，发布后按时开始竞价"
      onClose={onClose}
      onDone={onDone}
      intro={
        <Typography.Paragraph type="secondary">
          保存后为草稿，仅本机构可见；发布后公开，并按设定时间自动开始和结束。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="title" label="标的名称" rules={requiredText('标的名称', 200)}>
        <Input maxLength={200} placeholder="如：一种生物质硬碳负极材料的制备方法（专利权转让）" />
      </Form.Item>
      <Form.Item name="description" label="标的介绍" rules={[rules.length('标的介绍', 5000)]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="startingPriceWan" label="起拍价（万元）" style={{ flex: 1 }} {...wanField('起拍价')} />
        <Form.Item name="incrementWan" label="加价幅度（万元）" style={{ flex: 1 }} {...wanField('加价幅度')} />
      </div>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item
          name="reservePriceWan"
          label="保留价（万元，可不设）"
          style={{ flex: 1 }}
          {...wanField('保留价', false)}
        />
        <Form.Item name="depositWan" label="保证金（万元）" style={{ flex: 1 }} {...wanField('保证金')} />
      </div>
      <Form.Item name="period" label="竞价时间（北京时间）" rules={[rules.chosen('竞价时间')]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="antiSnipingMinutes" label="延时规则：结束前几分钟内有人出价即延长（分钟）">
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item name="reserveShown" valuePropName="checked">
        <Checkbox>公开保留价</Checkbox>
      </Form.Item>
      <Form.Item name="winnerAnonymous" valuePropName="checked">
        <Checkbox>成交公告不公布买受人名称</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
