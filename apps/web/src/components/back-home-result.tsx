import { Button, Result, type ResultProps } from 'antd';
import { Link } from 'react-router-dom';

/** A page that could not be shown, in words, with the way back to the home page. */
export function BackHomeResult(p: Pick<ResultProps, 'status' | 'title' | 'subTitle'>) {
  return (
    <Result
      {...p}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
