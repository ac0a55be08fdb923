/**
 * How a result link's fragment starts (interchange/link.ts reads and writes the rest). Its own module,
 * so the first paint can tell a result link from any other address without loading the link codec.
 */
export const RESULT_LINK_PREFIX = '#result=';

/** Does this fragment carry a result (well formed or not)? */
export const isSharedResult = (hash: string) => hash.startsWith(RESULT_LINK_PREFIX);
