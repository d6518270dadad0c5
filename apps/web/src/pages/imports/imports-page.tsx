import { Card, Space } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { JobList } from './job-list';
import { JobPanel } from './job-panel';
import { UploadPanel } from './upload-panel';

/** 批量导入: template, upload, a dry run with its problems, then the commit; with the bureau's past jobs. */
export default function ImportsPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="批量导入">
        <UploadPanel onCreated={(job) => void navigate(`/imports/${job.id}`)} />
      </Card>
      {id ? <JobPanel key={id} id={id} /> : null}
      <Card title="导入记录">
        <JobList selected={id} />
      </Card>
    </Space>
  );
}
