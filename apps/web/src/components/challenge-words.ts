/**
 * Who may 揭榜, said the same way wherever a page says it: the API lets every verified
 * organisation apply to a published challenge except the one that published it.
 */
export const WHO_MAY_APPLY = '通过认证的高校、科研院所和企业均可揭榜（发布单位除外）';
