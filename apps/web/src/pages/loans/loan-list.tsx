import { usePaged } from '../../api/query';
import type { Loan } from '../../api/types';
import { PagedList, type PagedListProps } from '../../components/paged-list';

/** The loans the caller may see (the API answers by role: a bank's, an enterprise's, a region's), ten a page. */
export function LoanList(props: Omit<PagedListProps<Loan>, 'list' | 'rowTestId'>) {
  const list = usePaged<Loan>('/loans', {}, 10, (n) => `共 ${n} 笔`);
  return <PagedList<Loan> list={list} rowTestId="loan-row" {...props} />;
}
