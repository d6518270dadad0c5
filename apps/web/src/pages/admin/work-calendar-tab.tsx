import { Alert, Button, Card, DatePicker, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { send, useAction, useGet } from '../../api/query';
import type { CalendarDay, WorkCalendarYear } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { chinaDayText, dateText } from '../../format';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (day: string) => `星期${WEEKDAYS[dayjs(day).day()]}`;

/**
 * 工作日历: each year's holidays and make-up working days (调休上班) as the State Council's notice
 * sets them. Registration deadlines, their reminders and 挂牌 periods count working days on it; a
 * year not entered counts Monday to Friday only, so December warns until next year is in.
 */
export function WorkCalendarTab() {
  const { can } = useAuth();
  const editable = can('code-tables:manage');
  const today = chinaDayText(Date.now());
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(today.slice(5, 7) === '12' ? thisYear + 1 : thisYear);
  const saved = useGet<WorkCalendarYear>(`/work-calendar/${year}`);
  const [days, setDays] = useState<CalendarDay[]>([]);
  const [dirty, setDirty] = useState(false);
  const [adding, setAdding] = useState<{ day: Dayjs | null; isWorkday: boolean; name: string }>({
    day: null,
    isWorkday: false,
    name: '',
  });
  const save = useAction((d: CalendarDay[]) => send<WorkCalendarYear>(`/work-calendar/${year}`, 'PUT', { days: d }), {
    invalidates: ['work-calendar'],
    success: `${year} 年工作日历已保存，登记期限和挂牌期自即日起按此计算`,
    quietErrors: true,
  });

  useEffect(() => {
    if (saved.data) {
      setDays(saved.data.days);
      setDirty(false);
    }
  }, [saved.data]);

  const change = (next: CalendarDay[]) => {
    setDays([...next].sort((a, b) => (a.day < b.day ? -1 : 1)));
    setDirty(true);
    save.reset();
  };
  const add = () => {
    if (!adding.day || !adding.name.trim()) return;
    const day = adding.day.format('YYYY-MM-DD');
    change([...days.filter((d) => d.day !== day), { day, isWorkday: adding.isWorkday, name: adding.name.trim() }]);
    setAdding({ ...adding, day: null });
  };
  const rowError = (i: number) =>
    save.error?.fieldErrors
      .filter((f) => f.field.startsWith(`days.${i}.`))
      .flatMap((f) => f.messages)
      .join('；');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {saved.data?.nextYearMissing ? (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-next-year-missing"
          title={`尚未录入 ${thisYear + 1} 年的节假日安排`}
          description={`国务院办公厅发布 ${thisYear + 1} 年部分节假日安排的通知后，请在此录入放假日和调休上班日；录入前，${thisYear + 1} 年的登记期限和挂牌期只按周一至周五计算。`}
        />
      ) : null}
      <Card
        size="small"
        title="工作日历"
        extra={
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: `${y} 年` }))}
            aria-label="年份"
          />
        }
      >
        <Typography.Paragraph type="secondary">
          技术合同登记期限、到期提醒和挂牌期按工作日计算：周一至周五为工作日，下表列出的放假日和调休上班日除外
          {saved.data?.loadedYears.length
            ? `（已录入：${saved.data.loadedYears.map((y) => `${y} 年`).join('、')}）`
            : ''}
          。
        </Typography.Paragraph>
        <ErrorAlert error={saved.error ?? (save.error && !save.error.fieldErrors.length ? save.error : null)} />
        <Table<CalendarDay>
          rowKey="day"
          size="small"
          loading={saved.isPending}
          dataSource={days}
          pagination={false}
          data-testid="calendar-days"
          locale={{ emptyText: `${year} 年尚未录入放假日和调休上班日` }}
          columns={[
            { title: '日期', dataIndex: 'day', render: (d: string) => `${dateText(d)}（${weekday(d)}）` },
            {
              title: '安排',
              dataIndex: 'isWorkday',
              render: (w: boolean) => (w ? <Tag color="blue">调休上班</Tag> : <Tag color="green">放假</Tag>),
            },
            { title: '节日', dataIndex: 'name' },
            ...(editable
              ? [
                  {
                    title: '',
                    key: 'op',
                    render: (_: unknown, d: CalendarDay, i: number) => (
                      <Space>
                        <Button size="small" onClick={() => change(days.filter((x) => x.day !== d.day))}>
                          删除
                        </Button>
                        {rowError(i) ? <Typography.Text type="danger">{rowError(i)}</Typography.Text> : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {editable ? (
          <Space wrap style={{ marginTop: 12 }}>
            <DatePicker
              value={adding.day}
              onChange={(d) => setAdding({ ...adding, day: d })}
              disabledDate={(d) => d.year() !== year}
              defaultPickerValue={dayjs(`${year}-01-01`)}
              placeholder="日期"
              aria-label="日期"
            />
            <Radio.Group
              value={adding.isWorkday}
              onChange={(e) => setAdding({ ...adding, isWorkday: e.target.value as boolean })}
              options={[
                { value: false, label: '放假' },
                { value: true, label: '调休上班' },
              ]}
            />
            <Input
              value={adding.name}
              onChange={(e) => setAdding({ ...adding, name: e.target.value })}
              placeholder="节日，如 春节"
              maxLength={20}
              style={{ width: 160 }}
              aria-label="节日"
            />
            <Button onClick={add} disabled={!adding.day || !adding.name.trim()} data-testid="add-calendar-day">
              添加
            </Button>
            <Button disabled={!dirty} onClick={() => saved.data && (setDays(saved.data.days), setDirty(false))}>
              撤销修改
            </Button>
            <Button
              type="primary"
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate(days)}
              data-testid="save-calendar"
            >
              保存
            </Button>
          </Space>
        ) : null}
      </Card>
    </Space>
  );
}
