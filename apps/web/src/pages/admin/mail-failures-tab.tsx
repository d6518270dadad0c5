import { Alert, Tag, Tooltip, Typography } from 'antd';
import { usePaged } from '../../api/query';
import type { DeliveryFailure } from '../../api/types';
import { whenColumn } from '../../components/columns';
import { EmptyState } from '../../components/empty-state';
import { PagedTable } from '../../components/paged-table';

const KIND: Record<DeliveryFailure['kind'], string> = { notification: '通知', digest: '每日摘要', direct: '邀请等' };

/** The receiving server's answer (English, SMTP codes) in words; the answer itself is in the tooltip. */
function reason(error: string | null): string {
  if (!error) return '对方服务器拒收';
  if (/^55[0-3]\b/.test(error)) return '收件地址不存在或已停用';
  if (/^552\b/.test(error)) return '对方邮箱已满或邮件过大';
  if (/^554\b/.test(error)) return '对方服务器拒绝接收（可能被判为垃圾邮件）';
  return '对方服务器拒收';
}

/** 投递失败: mail and SMS the receiving server refused for good (GET /api/admin/mail-failures), newest first. */
export function MailFailuresTab() {
  const list = usePaged<DeliveryFailure>('/admin/mail-failures', {}, 20, (n) => `共 ${n} 条`);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="邮件服务器暂时不可用时，系统会自动重试直到发出；这里列出的是被收件服务器明确拒收（多次重试后放弃）的邮件与短信，通常是地址有误或邮箱已停用。"
      />
      <PagedTable<DeliveryFailure>
        list={list}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 900 }}
        empty={<EmptyState title="没有投递失败的邮件" hint="所有邮件和短信都已送达收件服务器。" />}
        data-testid="mail-failures"
        columns={[
          whenColumn('失败时间', 'failedAt', 170),
          {
            title: '渠道',
            dataIndex: 'channel',
            width: 90,
            render: (c: DeliveryFailure['channel'], f) => (
              <Tag color={c === 'mail' ? 'blue' : 'purple'}>{`${c === 'mail' ? '邮件' : '短信'}·${KIND[f.kind]}`}</Tag>
            ),
          },
          { title: '收件人', dataIndex: 'address', width: 240 },
          { title: '主题', dataIndex: 'subject', width: 260, ellipsis: true },
          { title: '尝试次数', dataIndex: 'attempts', width: 90 },
          {
            title: '原因',
            dataIndex: 'error',
            render: (e: string | null) => (
              <Tooltip title={e ? `服务器答复：${e}` : undefined}>
                <Typography.Text>{reason(e)}</Typography.Text>
              </Tooltip>
            ),
          },
        ]}
      />
    </>
  );
}
