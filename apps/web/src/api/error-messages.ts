/** Error codes of the API in words a user understands. Unknown codes fall back by HTTP status. */
const MESSAGES: Record<string, string> = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改',
  MALFORMED_JSON: '请求格式有误，请刷新页面后重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  ROUTE_NOT_FOUND: '请求的功能不存在或尚未开放',
  METHOD_NOT_ALLOWED: '不支持此操作',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  CONFLICT: '操作冲突，请刷新后重试',
  VERSION_CONFLICT: '该记录已被他人修改，请刷新后再编辑',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
  INTERNAL_ERROR: '系统出错了，请稍后再试或联系平台运营方',
  // identity
  INVALID_CREDIT_CODE: '统一社会信用代码不正确（18 位，末位为校验码）',
  UNKNOWN_REGION: '所在地区不存在，请从列表中选择',
  CREDIT_CODE_TAKEN: '该统一社会信用代码已注册',
  EMAIL_TAKEN: '该邮箱已注册',
  PHONE_TAKEN: '该手机号已注册',
  WEAK_PASSWORD: '密码强度不够：至少 8 位，包含大写字母、小写字母、数字、特殊字符中的三类',
  ORG_TYPE_NOT_ALLOWED: '不能注册这种类型的机构',
  ROLE_NOT_ALLOWED: '不能分配这个角色',
  INVALID_CREDENTIALS: '账号或密码错误',
  ACCOUNT_LOCKED: '连续输错密码次数过多，账号已临时锁定，请稍后再试',
  LOGIN_THROTTLED: '登录尝试过于频繁，请稍后再试',
  ACCOUNT_DISABLED: '账号已停用，请联系本机构管理员',
  TOTP_REQUIRED: '请输入动态口令',
  TOTP_INVALID: '动态口令不正确',
  TOTP_NOT_ALLOWED: '此类账号不能启用动态口令',
  TOTP_NOT_SET_UP: '尚未设置动态口令',
  TOTP_ALREADY_ENABLED: '动态口令已启用',
  TOKEN_MISSING: '请先登录',
  TOKEN_INVALID: '登录状态无效，请重新登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  SESSION_EXPIRED: '长时间未操作，请重新登录',
  REFRESH_TOKEN_INVALID: '登录已过期，请重新登录',
  REFRESH_TOKEN_REUSED: '检测到登录凭证被重复使用，已退出全部会话，请重新登录',
  INVITE_INVALID: '邀请链接无效或已过期',
  PERMISSION_DENIED: '没有权限执行此操作',
  ORG_NOT_VERIFIED: '所在机构尚未通过科技局审核，暂不能进行此操作',
  ORG_NOT_FOUND: '机构不存在',
  ORG_OUT_OF_REGION: '该机构不在您的辖区内',
  ORG_ALREADY_DECIDED: '该机构已审核过',
  USER_NOT_FOUND: '用户不存在',
  CANNOT_DISABLE_SELF: '不能停用自己的账号',
  // reference
  REGION_NOT_FOUND: '地区不存在',
  // listings and search
  LISTING_NOT_FOUND: '信息不存在或已下架',
  SEARCH_UNAVAILABLE: '搜索服务暂时不可用，请稍后再试',
  // contracts and brokerage
  CONTRACT_ALREADY_CERTIFIED: '该合同已登记，不能重复登记；如需变更请提交变更登记',
  PUBLICATION_PERIOD_NOT_OVER: '协议定价公示期（15 天）未满，暂不能登记',
  DEAL_NOT_FOUND: '对接项目不存在',
  CONTRACT_NOT_FOUND: '合同不存在',
  IDEMPOTENCY_KEY_REUSED: '重复提交的内容不一致，请刷新后重试',
  IDEMPOTENCY_KEY_REQUIRED: '请求缺少防重复提交标识，请刷新后重试',
  IDEMPOTENCY_KEY_INVALID: '防重复提交标识无效，请刷新后重试',
  LISTING_VERSION_CONFLICT: '该信息已被修改，请刷新后再操作',
  LISTING_INVALID_TRANSITION: '当前状态下不能进行此操作，请刷新后重试',
  LISTING_NOT_OWNER: '只能操作本单位发布的信息',
  LISTING_ORG_TYPE_NOT_ALLOWED: '本单位类型不能发布此类信息',
  LISTING_ORG_NOT_VERIFIED: '所在机构尚未通过科技局审核，暂不能提交发布',
  LISTING_REVIEW_OUT_OF_REGION: '该信息不在您的辖区内',
  CHALLENGE_NOT_OPEN: '榜单未在揭榜期（未发布、已截止或已确定揭榜方），不能揭榜',
  CHALLENGE_APPLICATION_DUPLICATE: '本单位已揭榜该榜单，不能重复申请',
  CHALLENGE_APPLICATION_NOT_FOUND: '该揭榜申请不存在或已处理，请刷新后重试',
  CHALLENGE_ALREADY_AWARDED: '该榜单已确定揭榜方',
  NOTIFICATION_NOT_FOUND: '通知不存在',
  MATCHING_UNAVAILABLE: '匹配服务暂不可用，请稍后再试',
  DEAL_FORBIDDEN: '只有该对接的经纪人可以进行此操作',
  DEAL_NOT_A_PARTY: '本机构不是该对接的参与方',
  DEAL_STAGE_INVALID: '对接不能转到该阶段，请刷新后重试',
  DEAL_CLOSED: '对接已结束',
  DEAL_PARTIES_NOT_READY: '各参与方接受邀请后才能继续推进（签约还须有卖方和买方）',
  DEAL_ALREADY_RESPONDED: '已答复过该邀请',
  DEAL_REGION_FORBIDDEN: '只能查看本辖区的对接项目',
  CONTRACT_FORBIDDEN: '您无权对该合同执行此操作（合同由卖方机构或该对接的经纪人填写，由卖方所在地科技局登记）',
  CONTRACT_OUT_OF_REGION: '该合同不在本登记机构的辖区内',
  CONTRACT_UNDER_REVIEW: '合同正在登记审查中，不能修改',
  CONTRACT_NOT_SUBMITTED: '合同尚未提交登记',
  CONTRACT_NOT_CERTIFIED: '合同尚未认定登记',
  CONTRACT_CANCELLED: '该合同登记已撤销',
  CONTRACT_DEAL_NOT_SIGNED: '对接项目尚未签约，不能据此登记合同',
  PUBLICATION_REQUIRED: '高校、科研院所协议定价的转让/许可须先进行不少于 15 日的公示',
  // bulk import (the server's other import messages are already in Chinese)
  IMPORT_INVALID_STATE: '导入任务的状态已经变化，请刷新后重试',
};

const BY_STATUS: Record<number, string> = {
  400: '填写的内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '内容不存在',
  409: '操作冲突，请刷新后重试',
  422: '请求无法处理',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};

const hasChinese = (s: string | undefined): boolean => !!s && /\p{Script=Han}/u.test(s);

/** The message to show for an API error: the code's words, else the server's Chinese text, else by status. */
export function errorMessage(code: string | undefined, serverMessage: string | undefined, status: number): string {
  if (code && MESSAGES[code]) return MESSAGES[code];
  if (serverMessage && hasChinese(serverMessage)) return serverMessage;
  if (status === 0) return '无法连接服务器，请检查网络后重试';
  return BY_STATUS[status] ?? (status >= 500 ? MESSAGES.INTERNAL_ERROR : '操作失败，请稍后再试');
}

const ENGLISH_RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be longer than or equal to (\d+) characters/, (m) => `至少 ${m[1]} 个字`],
  [/must be shorter than or equal to (\d+) characters/, (m) => `最多 ${m[1]} 个字`],
  [/should not be empty|must be a string|must be defined/, () => '请填写此项'],
  [/must be an email/, () => '请填写正确的邮箱地址'],
  [/must not be less than (\d+)/, (m) => `不能小于 ${m[1]}`],
  [/must not be greater than (\d+)/, (m) => `不能大于 ${m[1]}`],
  [/must be an integer number/, () => '请填写整数'],
  [/should not exist/, () => '不允许的字段'],
  [/must be one of the following values/, () => '请从列表中选择'],
  [/must be an array|must contain at least/, () => '请至少选择一项'],
];

/** The API's words for developers (code formats) as a user reads them: what to do, not what the code is; each pattern covers the whole message. */
const DEVELOPER_WORDS: [RegExp, string][] = [
  [/^.*必须是 \d+ 位数字的行政区划代码.*$/, '请从列表中选择地区'],
  [/^.*位数字的技术领域代码.*$/, '请从列表中选择技术领域'],
  [/^.*必须是 YYYY-MM-DD.*$/, '请选择日期'],
  [/^.*必须是 UUID.*$/, '请从列表中选择'],
  [/^.*必须是整数.*$/, '请填写数字'],
  [/^.*必须是 true 或 false.*$/, '请选择是或否'],
  [/^至少 (\d+) 个字符$/, '至少 $1 个字'],
  [/^最多 (\d+) 个字符$/, '最多 $1 个字'],
  [/^.*必填$/, '请填写此项'],
];

/** Whether an API message says the field was left out (class-validator's or the app's own words). */
export function isRequiredMessage(message: string): boolean {
  return /should not be empty|must be a string|must be defined|必填$/.test(message);
}

/**
 * A field message from the API as shown under the field: the leading field name the validators
 * put in front ("regionCode 必须是…") is dropped, class-validator's English defaults become
 * Chinese, and format words meant for developers become what the user should do.
 */
export function fieldMessage(field: string, message: string): string {
  const last = field.split('.').pop() ?? field;
  let text = message.startsWith(`${last} `) ? message.slice(last.length + 1) : message;
  if (!hasChinese(text)) {
    const rule = ENGLISH_RULES.find(([re]) => re.test(text));
    text = rule ? rule[1](text.match(rule[0])!) : '填写有误，请检查';
  }
  const plain = DEVELOPER_WORDS.find(([re]) => re.test(text));
  return plain ? text.replace(plain[0], plain[1]) : text;
}
