import { DatePicker, Form, Input, InputNumber } from 'antd';
import { RadioItem } from '../../components/choices';
import dayjs, { type Dayjs } from 'dayjs';
import { send } from '../../api/query';
import type { Roadshow } from '../../api/types';
import { FormModal } from '../../components/form-modal';

interface RoadshowValues {
  title?: string;
  description?: string;
  format?: Roadshow['format'];
  onlineUrl?: string;
  venue?: string;
  time?: [Dayjs, Dayjs];
  capacity?: number | null;
}

const toBody = (v: RoadshowValues) => ({
  title: v.title ?? '',
  description: v.description ?? '',
  format: v.format ?? 'online',
  onlineUrl: v.format === 'venue' ? null : v.onlineUrl?.trim() || null,
  venue: v.format === 'online' ? null : v.venue?.trim() || null,
  startsAt: v.time?.[0]?.toISOString() ?? '',
  endsAt: v.time?.[1]?.toISOString() ?? '',
  capacity: v.capacity ?? null,
});

/** 新建 / 修改路演: a draft is created, then published from the list. */
export function RoadshowFormModal({
  editing,
  open,
  onClose,
}: {
  /** The roadshow being changed; null for a new one. */
  editing: Roadshow | null;
  open: boolean;
  onClose(): void;
}) {
  const [form] = Form.useForm<RoadshowValues>();
  const format = Form.useWatch('format', form);
  return (
    <FormModal<RoadshowValues>
      open={open}
      form={form}
      name="roadshow"
      title={editing ? '修改路演' : '新建路演'}
      okText={editing ? '保存' : '创建草稿'}
      okButtonProps={{ 'data-testid': 'save-roadshow' }}
      initialValues={
        editing
          ? {
              title: editing.title,
              description: editing.description,
              format: editing.format,
              onlineUrl: editing.onlineUrl ?? undefined,
              venue: editing.venue ?? undefined,
              time: [dayjs(editing.startsAt), dayjs(editing.endsAt)],
              capacity: editing.capacity,
            }
          : { format: 'hybrid' }
      }
      // the times are one range field: their errors show above the form
      fields={['title', 'format', 'onlineUrl', 'venue', 'capacity', 'description']}
      submit={(v) =>
        editing
          ? send(`/roadshows/${editing.id}`, 'PATCH', { version: editing.version, ...toBody(v) })
          : send('/roadshows', 'POST', toBody(v), true)
      }
      invalidates={['roadshows']}
      success={editing ? '已保存' : '已创建草稿，设置推介项目后即可发布'}
      onClose={onClose}
      onDone={onClose}
    >
      <Form.Item name="title" label="路演名称" required>
        <Input maxLength={200} placeholder="如：淮北市新材料科技成果专场路演" />
      </Form.Item>
      <RadioItem name="format" label="形式" required names={{ online: '线上', venue: '线下', hybrid: '线上+线下' }} />
      {format !== 'venue' ? (
        <Form.Item name="onlineUrl" label="线上参会链接" required extra="只对报名机构显示">
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
      ) : null}
      {format !== 'online' ? (
        <Form.Item name="venue" label="举办地点" required>
          <Input maxLength={200} placeholder="如：淮北市科技大厦三楼报告厅" />
        </Form.Item>
      ) : null}
      <Form.Item name="time" label="时间（北京时间）" required>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          placeholder={['开始', '结束']}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="capacity" label="报名机构上限" extra="不填则不限">
        <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label="路演介绍">
        <Input.TextArea rows={4} maxLength={5000} placeholder="推介的领域、主讲单位、日程安排等" />
      </Form.Item>
    </FormModal>
  );
}
