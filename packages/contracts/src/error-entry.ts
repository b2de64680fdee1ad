/** One row of the error table: HTTP status and the zh-CN / en texts. */
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}
