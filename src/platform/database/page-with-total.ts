/**
 * A page of a list and the number of rows matching, counted only when the page cannot tell it: a
 * page shorter than the limit that is not past the end already says how many match, which spares
 * the second scan of the matches (for a search, half its cost).
 */
export async function pageWithTotal<Row>(
  paging: { readonly limit: number; readonly offset: number },
  page: () => PromiseLike<Row[]>,
  countAll: () => PromiseLike<number>,
): Promise<{ rows: Row[]; total: number }> {
  const rows = await page();
  const lastPage = rows.length < paging.limit && (rows.length > 0 || paging.offset === 0);
  return { rows, total: lastPage ? paging.offset + rows.length : await countAll() };
}
