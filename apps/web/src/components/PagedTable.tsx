import type { PageOf } from '@pfc/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../app/prefs';
import { ErrorAlert } from './ErrorAlert';

/** Page number and size of a server-paged list. */
export function usePaging() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  /** Wraps a filter's setter: a changed filter starts again at page 1. */
  const onFilter =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setPage(1);
    };
  const onPageChange = (p: number, size: number) => {
    setPage(size === pageSize ? p : 1);
    setPageSize(size);
  };
  return { page, pageSize, onFilter, onPageChange };
}

interface Props<T> {
  /** The list query (see usePagedQuery). */
  list: { data?: PageOf<T>; isFetching: boolean; error: unknown };
  paging: ReturnType<typeof usePaging>;
  columns: TableColumnsType<T>;
  'data-testid': string;
}

/** The table of a server-paged list: its load error above, "共 N 条" and the page-size changer below. */
export function PagedTable<T extends { id: string }>({ list, paging, columns, 'data-testid': testId }: Props<T>) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<T>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid={testId}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: paging.onPageChange,
        }}
      />
    </>
  );
}
