import { BackHomeResult } from '../components/back-home-result';

export function ForbiddenPage() {
  return (
    <BackHomeResult
      status="403"
      title="没有访问权限"
      subTitle="您的账号没有查看此页面的权限。如需开通，请联系本机构管理员或所在地科技局。"
    />
  );
}
