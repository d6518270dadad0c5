import { useAuth } from '../auth/auth-context';
import { BackHomeResult } from '../components/back-home-result';

/** A page the user may not open — and, for an organisation still awaiting verification, why. */
export function ForbiddenPage() {
  const { me } = useAuth();
  if (me && me.org.verificationStatus !== 'verified') {
    return (
      <BackHomeResult
        status="403"
        title="机构尚未通过认证"
        subTitle={
          me.org.verificationStatus === 'rejected'
            ? '您的机构认证未通过，请按页面顶部的提示修改登记信息并重新提交，审核通过后即可使用此功能。'
            : '您的机构正在等待所在地科技局审核，审核通过后即可使用此功能。'
        }
      />
    );
  }
  return (
    <BackHomeResult
      status="403"
      title="没有访问权限"
      subTitle="您的账号没有查看此页面的权限。如需开通，请联系本机构管理员或所在地科技局。"
    />
  );
}
