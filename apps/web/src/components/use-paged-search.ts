import { useEffect, useState } from 'react';
import type { InputProps, TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 20;
/** Long enough to skip the keystrokes of one word, short enough to feel live. */
const DEBOUNCE_MS = 300;

/** What a paged list query returns (react-query result of a PagedResult). */
interface PagedList<Row> {
  data?: { items: Row[]; total: number };
  isFetching: boolean;
}

/**
 * Search box + page state for server-paged tables: the query follows the box as the user types
 * (debounced, not a request per keystroke) and any new filter goes back to page 1.
 */
export function usePagedSearch() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(input.trim());
      setPage(1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  /** Props for the Input.Search box. */
  const searchProps = {
    value: input,
    onChange: ((e) => setInput(e.target.value)) satisfies InputProps['onChange'],
    onSearch: (v: string) => {
      setQ(v.trim());
      setPage(1);
    },
  };

  /** Data, spinner and pager props for the Table showing `list`. */
  const tableProps = <Row>(list: PagedList<Row>) => ({
    dataSource: list.data?.items ?? [],
    loading: list.isFetching,
    pagination: {
      current: page,
      pageSize,
      total: list.data?.total ?? 0,
      showSizeChanger: true,
      showTotal: (total: number) => t('common.total', { total }),
      // After a page-size change the old page number points at other rows; start over.
      onChange: (p: number, size: number) => {
        setPage(size === pageSize ? p : 1);
        setPageSize(size);
      },
    } satisfies TablePaginationConfig,
  });

  /** Wraps a filter's setter so that changing the filter also goes back to page 1. */
  const onFilter =
    <Value>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      setPage(1);
    };

  return { query: { q: q || undefined, page, pageSize }, onFilter, searchProps, tableProps };
}
