import { FilePdfOutlined, FileImageOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Space, Typography, Upload } from 'antd';
import { api, download } from '../api/client';
import { useAction, useGet } from '../api/query';
import type { ContractAttachment, ContractAttachmentList } from '../api/types';
import { dateTimeText, idempotencyKey } from '../format';
import { ConfirmButton } from './confirm-button';
import { SectionHeading } from './section-heading';

/** The attachment types in words (the API tells the type from the file's content). */
export const ATTACHMENT_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF 文档',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
};

/** Bytes as 字节 / KB / MB, one decimal from KB up. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MB = 1024 * 1024;

/**
 * 附件: the contract text and annexes. The contract's writer uploads and deletes them while it
 * is a draft or was returned (`editable`); its parties and the registry read and download them.
 * A viewer the API does not let read them (another bureau, the platform) sees nothing here.
 */
export function ContractAttachments({
  contractId,
  editable,
  missingWarning,
}: {
  contractId: string;
  editable: boolean;
  /** Said above an empty list (the registry's 认定登记 dialog: no contract text was uploaded). */
  missingWarning?: string;
}) {
  const { message } = App.useApp();
  const path = `/contracts/${contractId}/attachments`;
  const list = useGet<ContractAttachmentList>(path);
  const upload = useAction(
    (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api<ContractAttachment>(path, {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey() },
      });
    },
    { invalidates: ['contracts'], success: (a) => `已上传「${a.name}」`, quietErrors: true },
  );
  const remove = useAction(
    (a: ContractAttachment) => api<ContractAttachmentList>(`${path}/${a.id}`, { method: 'DELETE' }),
    {
      invalidates: ['contracts'],
      success: (_r, a) => `已删除「${a.name}」`,
    },
  );

  if (list.error && (list.error.status === 403 || list.error.status === 404)) return null;
  const data = list.data;
  const maxMb = data ? Math.floor(data.maxBytes / MB) : null;
  const full = !!data && data.items.length >= data.maxPerContract;

  const save = async (a: ContractAttachment) => {
    try {
      await download(`${path}/${a.id}`, {}, a.name);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '下载失败');
    }
  };

  return (
    <div data-testid="contract-attachments">
      <SectionHeading title="附件">
        {editable && data ? (
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending || full}
            beforeUpload={(file) => {
              if (file.size > data.maxBytes) void message.error(`「${file.name}」超过 ${maxMb} MB，不能上传`);
              else upload.mutate(file);
              return false;
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              disabled={full}
              data-testid="upload-attachment"
            >
              上传附件
            </Button>
          </Upload>
        ) : null}
      </SectionHeading>
      {data ? (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, marginBottom: 8 }}
          data-testid="attachment-limits"
        >
          {editable
            ? `合同文本、技术附件、证明材料的扫描件：支持 PDF、PNG、JPEG，单个不超过 ${maxMb} MB，每份合同最多 ${data.maxPerContract} 个。提交认定登记后附件不能再修改。`
            : '附件随合同提交认定登记，审查期间和登记后不能修改。'}
        </Typography.Paragraph>
      ) : null}
      {missingWarning && data && data.items.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={missingWarning}
          style={{ marginBottom: 8 }}
          data-testid="attachments-missing"
        />
      ) : null}
      {upload.error ? (
        <Alert
          type="error"
          showIcon
          title={upload.error.message}
          style={{ marginBottom: 8 }}
          data-testid="attachment-error"
        />
      ) : null}
      <List<ContractAttachment>
        size="small"
        bordered
        loading={list.isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: editable ? '还没有附件，请上传合同文本' : '没有附件' }}
        renderItem={(a) => (
          <List.Item
            data-testid="attachment-row"
            actions={[
              <Button key="get" size="small" type="link" onClick={() => void save(a)} data-testid="download-attachment">
                下载
              </Button>,
              ...(editable
                ? [
                    <ConfirmButton
                      key="del"
                      title={`删除「${a.name}」？`}
                      description="删除后不能恢复，如需要请重新上传。"
                      okText="删除"
                      onConfirm={() => remove.mutateAsync(a).catch(() => undefined)}
                      data-testid="delete-attachment"
                    >
                      删除
                    </ConfirmButton>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={a.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />}
              title={<Typography.Text style={{ wordBreak: 'break-all' }}>{a.name}</Typography.Text>}
              description={
                <Space size={[12, 0]} wrap style={{ fontSize: 12 }}>
                  <span>{ATTACHMENT_TYPE_NAMES[a.mediaType] ?? '文件'}</span>
                  <span>{fileSizeText(a.sizeBytes)}</span>
                  <span>
                    上传人 {a.uploadedBy.name}
                    {a.uploadedBy.orgName ? `（${a.uploadedBy.orgName}）` : ''}
                  </span>
                  <span>{dateTimeText(a.uploadedAt)}</span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
