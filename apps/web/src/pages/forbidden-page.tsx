import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title="没有访问权限"
      subTitle="您的账号没有查看此页面的权限。如需开通，请联系本机构管理员或所在地科技局。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
