/**
 * What each audit action is called on the audit page and in its export. An action missing here
 * is shown by its group (the part before the dot), so a new action never shows a code.
 */
export const AUDIT_ACTION_NAMES: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lockout': '密码错误次数过多，账号被锁定',
  'auth.refresh_reuse': '刷新令牌被重复使用，会话全部注销',
  'org.signup': '机构注册',
  'org.verify': '机构审核通过',
  'org.reject': '机构审核不通过',
  'org.resubmit': '机构修改后重新提交',
  'org.registration_update': '机构完善登记信息',
  'org.settings': '修改科技局设置',
  'org.provision_bureau': '开通科技局',
  'org.suspend': '暂停机构',
  'org.reinstate': '恢复机构',
  'org.update': '修改机构信息',
  'user.invite': '邀请成员',
  'user.invite_resend': '重发邀请',
  'user.invite_revoke': '撤销邀请',
  'user.accept_invite': '接受邀请',
  'user.roles': '修改成员角色',
  'user.admin_hand_over': '移交管理员',
  'user.disable': '停用账号',
  'user.enable': '启用账号',
  'user.unlock': '解除登录锁定',
  'user.password_reset': '强制重置密码',
  'user.password_set': '重新设置密码',
  'user.totp_enable': '启用动态口令',
  'user.totp_disable': '关闭动态口令',
  'user.recovery_codes': '重新生成恢复码',
  'listing.approve': '发布信息审核通过',
  'listing.reject': '发布信息审核不通过',
  'listing.expire': '发布信息到期关闭',
  'auction.publish': '发布竞价标的',
  'auction.withdraw': '撤回竞价标的',
  'auction.deposit_confirm': '确认竞买保证金',
  'auction.sold': '竞价成交',
  'auction.unsold': '竞价流拍',
  'contract.create': '创建合同',
  'contract.update': '修改合同',
  'contract.submit': '提交合同登记',
  'contract.resubmit': '重新提交合同登记',
  'contract.certify': '合同认定登记',
  'contract.reject': '合同不予登记',
  'contract.amend': '合同变更',
  'contract.cancel': '合同撤销',
  'contract.time_limit': '合同登记时限',
  'stats.publication': '公开本地区指标设置',
  'registry.create': '登记名录条目',
  'registry.withdraw': '撤销名录条目',
  'reported-figure.approve': '审核填报数据',
  'contract.price_publication': '协议定价公示',
  'contract.price_objection': '协议定价异议',
  'contract.attachment_add': '上传合同附件',
  'contract.attachment_delete': '删除合同附件',
  'deal.open': '发起对接',
  'deal.accept': '接受对接',
  'deal.decline': '拒绝对接',
  'deal.stage': '对接阶段变更',
  'deal.commission': '对接佣金',
};

const GROUP_NAMES: Readonly<Record<string, string>> = {
  auth: '登录相关操作',
  org: '机构相关操作',
  user: '账号相关操作',
  listing: '发布信息相关操作',
  challenge: '揭榜挂帅相关操作',
  contract: '合同相关操作',
  deal: '对接相关操作',
  import: '批量导入相关操作',
  exchange: '数据交换相关操作',
};

/** The action's name for people. */
export function auditActionName(action: string): string {
  return AUDIT_ACTION_NAMES[action] ?? GROUP_NAMES[action.split('.')[0]!] ?? '其他操作';
}

/** What the audited target is, for people. */
export const AUDIT_TARGET_NAMES: Readonly<Record<string, string>> = {
  user: '账号',
  organization: '机构',
  session: '登录会话',
  login: '登录名',
  listing: '发布信息',
  need: '技术需求',
  achievement: '科技成果',
  challenge: '揭榜挂帅',
  contract: '技术合同',
  deal: '对接',
  import: '导入任务',
  registry_entry: '名录条目',
  tech_contract: '技术合同',
  price_publication: '协议定价公示',
  reported_figure: '填报数据',
  region: '地区',
};

export const auditTargetName = (type: string): string => AUDIT_TARGET_NAMES[type] ?? '其他';
