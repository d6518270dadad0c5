import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Row, Segmented, Upload } from 'antd';
import { useState } from 'react';
import { api, download } from '../../api/client';
import { useAction } from '../../api/query';
import type { ImportJob, ImportKind } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { RegionPicker } from '../../components/region-picker';
import { KIND_LABELS } from './import-names';

/** The kind switch has little room: the long labels go short there. */
const SHORT_LABELS: Partial<Record<ImportKind, string>> = { contracts: '技术合同', registries: '名录' };

/** Kind, template, region and the file: an upload starts a dry run. */
export function UploadPanel({ onCreated }: { onCreated(job: ImportJob): void }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('achievements');
  const [regionCode, setRegionCode] = useState<string>();
  const upload = useAction(
    (file: File) => {
      const body = new FormData();
      body.append('kind', kind);
      if (regionCode) body.append('regionCode', regionCode);
      body.append('file', file, file.name);
      return api<ImportJob>('/imports', { method: 'POST', body });
    },
    { invalidates: ['imports'], success: (job) => `「${job.fileName}」已上传，正在校验`, quietErrors: true },
  );

  const template = async () => {
    try {
      await download(`/imports/templates/${kind}`, {}, `${KIND_LABELS[kind]}导入模板.xlsx`);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '下载失败');
    }
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={10}>
        <Form layout="vertical">
          <Form.Item label="导入内容">
            <Segmented<ImportKind>
              block
              value={kind}
              onChange={setKind}
              options={(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => ({
                value: k,
                label: SHORT_LABELS[k] ?? KIND_LABELS[k],
              }))}
              data-testid="import-kind"
            />
          </Form.Item>
          <Form.Item label="导入模板" extra="中文列名，含“说明”工作表（每列的填写要求）和代码表；列的顺序可以调整。">
            <Button onClick={() => void template()} data-testid="download-template">
              下载{KIND_LABELS[kind]}模板
            </Button>
          </Form.Item>
          <Form.Item
            label="导入到地区"
            extra={me?.org.type === 'platform' ? '不选则不限地区' : '默认本局所在地区；须在本局辖区内'}
          >
            <RegionPicker value={regionCode} onChange={setRegionCode} placeholder="默认本局所在地区" />
          </Form.Item>
        </Form>
      </Col>
      <Col xs={24} lg={14}>
        {upload.error ? (
          <Alert
            type="error"
            showIcon
            title={upload.error.message || '上传失败，请稍后再试'}
            style={{ marginBottom: 12 }}
            data-testid="upload-error"
          />
        ) : null}
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            upload.mutate(file, { onSuccess: onCreated });
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {upload.isPending ? '正在上传…' : `点击或拖入${KIND_LABELS[kind]}文件（XLSX 或 CSV）`}
          </p>
          <p className="ant-upload-hint">
            CSV 可为 UTF-8 或 GB18030（GBK）编码。上传后先逐行校验、不写入任何数据；确认后才导入无问题的行。
          </p>
        </Upload.Dragger>
      </Col>
    </Row>
  );
}
