// Generated from the API's OpenAPI document (GET /api/docs-json) by openapi-typescript. Do not edit:
// change the controllers and DTOs in apps/api, then run `npm run api:types`.
export interface paths {
  '/api/achievements/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 为科技成果匹配技术需求与揭榜挂帅榜单（含匹配理由） */
    get: operations['MatchingController_forAchievement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail-failures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投递失败的邮件与短信（服务器拒收，已重试后放弃），最新在前 */
    get: operations['MailDeliveriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全部用户（平台管理员）：按机构、角色、是否停用筛选，分页 */
    get: operations['AdminUsersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用用户（其全部会话立即失效；不能停用机构唯一的管理员） */
    post: operations['AdminUsersController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新启用用户 */
    post: operations['AdminUsersController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 强制重置密码：原密码失效、会话全部注销，并向用户发送设置新密码的邮件 */
    post: operations['AdminUsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解除因密码错误造成的登录锁定 */
    post: operations['AdminUsersController_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 竞价标的（已发布的，含已结束和撤回的） */
    get: operations['AuctionsController_list'];
    put?: never;
    /** 创建竞价标的（草稿；卖方为本机构） */
    post: operations['AuctionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 竞价标的详情（保留价按卖方设置公开；竞买人对公众显示为“竞买人 N”） */
    get: operations['AuctionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改标的（发布后只能改名称、介绍和首次出价前的保留价） */
    patch: operations['AuctionsController_update'];
    trace?: never;
  };
  '/api/auctions/{id}/bids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 出价记录（按序号；afterSeq 之后的） */
    get: operations['AuctionsController_bids'];
    put?: never;
    /** 出价（以服务器时间和顺序为准；须带 Idempotency-Key，重试不会重复出价） */
    post: operations['AuctionsController_bid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}/bids/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 核验出价哈希链（任何人可用） */
    get: operations['AuctionsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}/deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认竞买人已缴保证金（卖方所在地科技局；登记银行回单号，平台不收付资金） */
    post: operations['AuctionsController_confirmDeposit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布标的（按时间自动开始和结束） */
    post: operations['AuctionsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 竞买人及保证金确认情况（卖方、主管科技局） */
    get: operations['AuctionsController_registrations'];
    put?: never;
    /** 报名竞买（接受竞买须知；卖方机构不能报名） */
    post: operations['AuctionsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回标的（须说明理由；首次出价后不能撤回） */
    post: operations['AuctionsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构的竞价标的（含草稿） */
    get: operations['AuctionsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/my-bidding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的竞拍：本机构的报名、保证金确认情况和出价 */
    get: operations['AuctionsController_myBidding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auctions/supervised': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 科技局：本辖区竞价中的标的及待确认的保证金 */
    get: operations['AuctionsController_supervised'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志（科技局管理员：本辖区；平台管理员：全部） */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出审计日志（XLSX，与列表相同的筛选条件；超过上限时请缩小时间范围） */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/accept-invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用邀请或密码重置邮件中的一次性令牌设置密码（受邀成员由此激活账号） */
    post: operations['AuthController_acceptInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 邮箱或手机号 + 密码登录（启用动态口令的账号另需 totpCode，或一个恢复码 recoveryCode） */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录（结束当前会话） */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用刷新令牌换新的令牌对（旧刷新令牌作废；重复使用将注销全部会话） */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 机构注册（机构 + 首个管理员，待科技局审核） */
    post: operations['AuthController_signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技术合同类型及子类型 */
    get: operations['ReferenceController_contractTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构的技术合同（卖方、买方、中介或填写方） */
    get: operations['ContractsController_list'];
    put?: never;
    /** 填写技术合同（卖方，或对接项目的经纪人代为填写） */
    post: operations['ContractsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同详情（含收益分配提示、变更/撤销记录） */
    get: operations['ContractsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改合同（草稿或被退回时；已登记的合同请办理变更） */
    patch: operations['ContractsController_update'];
    trace?: never;
  };
  '/api/contracts/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 变更登记：新记录，按生效日期调整统计 */
    post: operations['ContractsController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同的附件（合同各方与登记机关） */
    get: operations['AttachmentsController_list'];
    put?: never;
    /** 上传合同文本或附件（PDF、PNG、JPEG；草稿或被退回时） */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载合同附件 */
    get: operations['AttachmentsController_download'];
    put?: never;
    post?: never;
    /** 删除合同附件（草稿或被退回时）；答复删除后的附件列表 */
    delete: operations['AttachmentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销登记：原记录保留，新增冲减记录 */
    post: operations['ContractsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/certify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 认定登记（卖方所在地区的科技局；可核定金额） */
    post: operations['ContractsController_certify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/price-publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布协议定价公示（不少于 15 日） */
    post: operations['PricePublicationsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予登记（须选择理由代码） */
    post: operations['ContractsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交认定登记（卖方） */
    post: operations['ContractsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/certified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已认定登记的合同（本辖区或其下级地区） */
    get: operations['ContractsController_certified'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/registration-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待登记合同（本辖区，按期限排序；overdue=true 只看超期的） */
    get: operations['ContractsController_queue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/time-limits/{regionCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置登记时限（工作日，科技局管理员） */
    put: operations['ContractsController_setTimeLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可见的对接项目 */
    get: operations['DealsController_list'];
    put?: never;
    /** 发起对接（经纪人或机构管理员；来自需求、成果、揭榜或匹配） */
    post: operations['DealsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 对接详情与时间线 */
    get: operations['DealsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 参与方接受邀请 */
    post: operations['DealsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}/commission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置佣金条款（签约前） */
    put: operations['DealsController_commission'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 参与方谢绝邀请 */
    post: operations['DealsController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录进展 */
    post: operations['DealsController_note'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 推进阶段（逐级；可随时终止） */
    post: operations['DealsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/deals/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 对接看板（经纪人本人 / 科技局本辖区），按阶段分列 */
    get: operations['DealsController_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API 密钥列表（不含密钥明文） */
    get: operations['ExchangeKeysController_list'];
    put?: never;
    /** 为合作平台创建 API 密钥（密钥明文仅在此返回一次） */
    post: operations['ExchangeKeysController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 吊销 API 密钥 */
    delete: operations['ExchangeKeysController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/listings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 增量同步已发布信息（按更新时间与 id 排序，游标分页；deleted=true 表示应删除） */
    get: operations['ExchangeListingsController_list'];
    put?: never;
    /** 代密钥所属单位推送信息：按 externalId 新建（201）或更新（200），随后提交审核或直接发布 */
    post: operations['ExchangeListingsController_push'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook 订阅列表 */
    get: operations['ExchangeWebhooksController_list'];
    put?: never;
    /** 订阅信息变更通知（签名密钥仅在此返回一次） */
    post: operations['ExchangeWebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 停用 Webhook 订阅 */
    delete: operations['ExchangeWebhooksController_disable'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投递记录（尝试次数、状态码、错误、送达时间） */
    get: operations['ExchangeWebhooksController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 数据库与搜索引擎状态（任一不可用时返回 503），以及后台任务队列的积压（outbox 字段）；由 npm start 启动时另列其监管的进程（状态、重启次数、上次退出）。积压与进程信息仅供参考，不影响状态 */
    get: operations['HealthController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区的导入任务（最新在前） */
    get: operations['ImportsController_list'];
    put?: never;
    /** 上传 XLSX 或 CSV 并创建导入任务；后台先校验（不写入），结果见任务详情与问题列表 */
    post: operations['ImportsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入任务详情与进度（已处理行数 / 总行数） */
    get: operations['ImportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消导入（运行中的任务在两批之间停止，已写入的批次保留） */
    post: operations['ImportsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}/commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认导入：后台分批写入全部无问题的行，跳过的行及原因见问题列表 */
    post: operations['ImportsController_commit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入问题（行、列、代码、原因），分页 */
    get: operations['ImportsController_problems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/templates/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载导入模板（中文列名，含“说明”工作表与代码表） */
    get: operations['ImportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innovation-scores/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 企业创新积分及各项输入（企业本身、辖区科技局、企业授权的金融机构可查看） */
    get: operations['InnovationScoresController_score'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innovation-scores/formulas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新积分公式（各版本及权重，最新为当前版本） */
    get: operations['InnovationScoresController_formulas'];
    put?: never;
    /** 发布新版本积分公式（旧版本及按旧版本显示的积分不变） */
    post: operations['InnovationScoresController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 挂牌项目（公开，新挂牌的在前） */
    get: operations['ListedSalesController_list'];
    put?: never;
    /** 挂牌本机构的科技成果（转让或许可），挂牌期按工作日计 */
    post: operations['ListedSalesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 挂牌详情（含全部版本和期满规则） */
    get: operations['ListedSalesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改挂牌（生成新版本；有意向受让方后只能改名称和介绍） */
    patch: operations['ListedSalesController_revise'];
    trace?: never;
  };
  '/api/listed-sales/{id}/intents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记受让意向（认证机构，卖方机构除外，挂牌期内一次） */
    post: operations['ListedSalesController_intent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales/{id}/relist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新挂牌（流标或撤回后，一次） */
    post: operations['ListedSalesController_relist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回挂牌（须说明理由） */
    post: operations['ListedSalesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构的挂牌项目 */
    get: operations['ListedSalesController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listed-sales/periods/{regionCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 地区的最短挂牌期（工作日） */
    get: operations['ListedSalesController_period'];
    /** 设置本辖区最短挂牌期（科技局管理员） */
    put: operations['ListedSalesController_setPeriod'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息详情（已发布且可见；本单位、主管科技局可见全部状态） */
    get: operations['ListingsController_get'];
    put?: never;
    post?: never;
    /** 删除草稿（仅本单位、仅草稿；带版本号）；答复删除前的草稿 */
    delete: operations['ListingsController_deleteDraft'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过（辖区科技局） */
    post: operations['ListingsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 关闭（已成交或过期） */
    post: operations['ListingsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 驳回（需填写理由） */
    post: operations['ListingsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交发布（所在地科技局关闭审核时直接发布） */
    post: operations['ListingsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回 */
    post: operations['ListingsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本单位发布的信息（任意状态，可按状态筛选） */
    get: operations['ListingsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/{kind}/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待审核信息（本辖区） */
    get: operations['ListingsController_reviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/achievements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记科技成果（草稿） */
    post: operations['AchievementsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/achievements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改科技成果（带版本号；版本过期返回 409） */
    patch: operations['AchievementsController_update'];
    trace?: never;
  };
  '/api/listings/challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发榜（草稿） */
    post: operations['ChallengesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/challenges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改榜单（带版本号；版本过期返回 409） */
    patch: operations['ChallengesController_update'];
    trace?: never;
  };
  '/api/listings/challenges/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 揭榜申请列表（发榜单位，分页） */
    get: operations['ChallengesController_listApplications'];
    put?: never;
    /** 揭榜（提交申请） */
    post: operations['ChallengesController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/challenges/{id}/applications/{applicationId}/award': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确定揭榜方（榜单随之关闭） */
    post: operations['ChallengesController_award'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/challenges/{id}/applications/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本单位对该榜单的揭榜申请（未申请时 application 为 null） */
    get: operations['ChallengesController_myApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新建技术需求（草稿） */
    post: operations['NeedsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/listings/needs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改技术需求（带版本号；版本过期返回 409） */
    patch: operations['NeedsController_update'];
    trace?: never;
  };
  '/api/loan-authorisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 授权记录（企业：本企业授权的金融机构；金融机构：授权本机构的企业） */
    get: operations['LoanAuthorisationsController_list'];
    put?: never;
    /** 授权金融机构为本企业备案贷款、查看本企业创新积分 */
    post: operations['LoanAuthorisationsController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loan-authorisations/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销授权（已备案的贷款不受影响） */
    post: operations['LoanAuthorisationsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loan-authorisations/banks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可授权的金融机构（已通过审核） */
    get: operations['LoanAuthorisationsController_banks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 贷款备案（金融机构：本机构备案的；企业：本企业的；科技局：本辖区企业的） */
    get: operations['LoansController_list'];
    put?: never;
    /** 备案一笔成果转化贷款（借款企业须已授权本机构） */
    post: operations['LoansController_file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 贷款备案详情（含还款、违约、结清记录） */
    get: operations['LoansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loans/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记还款、违约或结清（只追加，不修改备案） */
    post: operations['LoansController_addEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loans/enterprise-contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 授权本机构的企业已认定登记的技术合同（备案时关联） */
    get: operations['LoansController_enterpriseContracts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/matches/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 反馈匹配结果：相关 / 不相关 / 已联系（每个单位对每对需求与成果保留一条当前反馈） */
    post: operations['MatchFeedbackController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户、所属机构与权限 */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的通知邮件设置（每个类别：即时、每日摘要或不发送；站内通知始终保留） */
    get: operations['NotificationPreferencesController_list'];
    /** 设置一个类别的邮件提醒方式（账号类不可调整：422） */
    put: operations['NotificationPreferencesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notification-preferences/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 邮件中的退订链接：关闭该类别的邮件（令牌无效 400，他人的令牌 403） */
    post: operations['NotificationPreferencesController_unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 输入动态口令以关闭二次验证 */
    post: operations['MeController_disableTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 输入动态口令以启用二次验证；返回恢复码（只显示这一次） */
    post: operations['MeController_enableTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/totp/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 输入动态口令以重新生成恢复码（原恢复码全部作废） */
    post: operations['MeController_regenerateRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 生成动态口令密钥（科技局、平台账号） */
    post: operations['MeController_setupTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/needs/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 为技术需求匹配科技成果（含匹配理由） */
    get: operations['MatchingController_forNeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的站内通知（分页，可只看未读；含未读数） */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标为已读（他人的通知答 404） */
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标为已读 */
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 未读通知数 */
    get: operations['NotificationsController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构成员 */
    get: operations['MembersController_list'];
    put?: never;
    /** 邀请成员（返回一次性邀请令牌） */
    post: operations['MembersController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用成员（其会话立即失效） */
    post: operations['MembersController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新启用成员 */
    post: operations['MembersController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 将管理员角色移交给本机构的另一名成员（本人保留其他角色） */
    post: operations['MembersController_handOver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新发送邀请（原链接失效，返回新的一次性邀请令牌） */
    post: operations['MembersController_resendInvite'];
    /** 撤销尚未接受的邀请 */
    delete: operations['MembersController_revokeInvite'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/members/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改成员角色（不能超出自身权限；机构至少保留一名管理员） */
    patch: operations['MembersController_changeRoles'];
    trace?: never;
  };
  '/api/org/registration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 完善或更正本机构的登记信息（认证前；被驳回后修改即重新提交审核） */
    patch: operations['MembersController_updateRegistration'];
    trace?: never;
  };
  '/api/org/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 科技局设置：本辖区发布信息是否需审核 */
    patch: operations['MembersController_settings'];
    trace?: never;
  };
  '/api/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区机构列表（科技局：本地区及下级；平台：全部） */
    get: operations['OrganizationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 机构详情（本机构，或本辖区内的机构） */
    get: operations['OrganizationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改机构名称、联系人和地址（平台管理员；认证结果不变） */
    patch: operations['OrganizationsController_update'];
    trace?: never;
  };
  '/api/organizations/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 恢复被暂停的机构 */
    post: operations['OrganizationsController_reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核不通过（须填写理由） */
    post: operations['OrganizationsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 暂停机构（须填写理由；暂停期间按未认证机构对待） */
    post: operations['OrganizationsController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过（科技局：本辖区内的机构） */
    post: operations['OrganizationsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/bureaus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开通科技局账号（平台：任意地区，开通即认证；科技局管理员：邀请下级地区科技局，由本局审核） */
    post: operations['OrganizationsController_provisionBureau'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/price-publications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 正在公示的协议定价（无需登录） */
    get: operations['PricePublicationsController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/price-publications/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公示的异议（卖方与辖区科技局；分页，先提出的在前） */
    get: operations['PricePublicationsController_objections'];
    put?: never;
    /** 对公示提出异议（公示期内） */
    post: operations['PricePublicationsController_object'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开科技成果转化指标的地区 */
    get: operations['PublicFiguresController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/figures/{regionCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 地区公开的科技成果转化指标（汇总数据；不足 3 项合同的金额不公开） */
    get: operations['PublicFiguresController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政区划列表（按上级分页） */
    get: operations['ReferenceController_listRegions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政区划详情（含上级链） */
    get: operations['ReferenceController_getRegion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registry-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 名录条目（本辖区） */
    get: operations['RegistriesController_list'];
    put?: never;
    /** 登记名录条目（高新技术企业、科技型中小企业、中试基地、创新平台、科技特派员等） */
    post: operations['RegistriesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registry-entries/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销误登记的名录条目（保留记录和原因，不再计数） */
    post: operations['RegistriesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rejection-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同登记不予登记理由代码表 */
    get: operations['ReferenceController_rejectionReasons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 填报记录（待审核列表、某项指标某年度的版本历史） */
    get: operations['ReportedFiguresController_list'];
    put?: never;
    /** 填报规划指标数据（新版本，待另一位科技局工作人员审核） */
    post: operations['ReportedFiguresController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-figures/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过填报的数据（不能审核本人填报的数据） */
    post: operations['ReportedFiguresController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-figures/{id}/attachment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载填报数据的附件 */
    get: operations['ReportedFiguresController_attachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 路演活动（已发布的，含已结束和已取消的） */
    get: operations['RoadshowsController_list'];
    put?: never;
    /** 创建路演（草稿；主办方为本机构） */
    post: operations['RoadshowsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 路演详情（线上参会链接仅对报名机构、主办方和科技局显示） */
    get: operations['RoadshowsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改路演（开始前） */
    patch: operations['RoadshowsController_update'];
    trace?: never;
  };
  '/api/roadshows/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记到场情况（路演开始后） */
    post: operations['RoadshowsController_attendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消路演（开始前，须说明理由） */
    post: operations['RoadshowsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/deals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记路演后达成的对接项目（一方为推介方，另一方为报名机构） */
    post: operations['RoadshowsController_deal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置推介项目（已公开发布的科技成果或竞价标的，开始前） */
    put: operations['RoadshowsController_items'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 报名与到场情况、路演后达成的对接项目（主办方、主管科技局） */
    get: operations['RoadshowsController_participants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布路演（开放报名） */
    post: operations['RoadshowsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报名参加（开始前；主办机构不需报名） */
    post: operations['RoadshowsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/{id}/registrations/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 取消本机构的报名（开始前） */
    delete: operations['RoadshowsController_unregister'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构主办的路演（含草稿） */
    get: operations['RoadshowsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roadshows/registered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本机构报名的路演 */
    get: operations['RoadshowsController_registered'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sale-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成交公告（公示期内，新的在前） */
    get: operations['SaleNoticesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search/achievements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索科技成果（技术领域、地区、TRL、转化方式、价格筛选与分面统计） */
    get: operations['SearchController_achievements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search/challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索揭榜挂帅榜单 */
    get: operations['SearchController_challenges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search/needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索技术需求（仅已发布；匿名需求不显示企业名称） */
    get: operations['SearchController_needs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search/synonyms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 同义词表 */
    get: operations['SearchController_listSynonyms'];
    /** 替换同义词表（平台管理员）；经发件箱同步到搜索引擎 */
    put: operations['SearchController_replaceSynonyms'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/contracts/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出期间内的认定登记合同明细（含变更、撤销记录） */
    get: operations['StatisticsController_exportContracts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技术合同流向矩阵（卖方地区 × 买方地区） */
    get: operations['StatisticsController_flows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成果转化贷款统计：备案笔数与金额、还款、违约、结清，按借款企业所在地区 */
    get: operations['LoanStatsController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/loans/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出成果转化贷款统计（XLSX 或 CSV） */
    get: operations['LoanStatsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/matchmaking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 对接情况季度通报 */
    get: operations['StatisticsController_matchmaking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/public-setting/{regionCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本地区指标是否向社会公开 */
    get: operations['PublicFiguresController_setting'];
    /** 设置本地区指标是否向社会公开（科技局管理员） */
    put: operations['PublicFiguresController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/reports/annual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度科技成果转化报告（全年各项数据、年度目标与累计目标进度） */
    get: operations['ReportsController_annual'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/reports/annual/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出年度科技成果转化报告（XLSX 或 PDF） */
    get: operations['ReportsController_annualExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/reports/quarterly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技术转移对接季度通报（需求与成果、匹配与反馈、对接项目、技术合同、主要单位、目标进度） */
    get: operations['ReportsController_quarterly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/reports/quarterly/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出技术转移对接季度通报（XLSX 或 PDF） */
    get: operations['ReportsController_quarterlyExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/routes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已登记技术合同按定价方式（协议定价、挂牌交易、拍卖）分列 */
    get: operations['StatisticsController_routes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技术合同统计汇总（吸纳/输出/登记，按下级地区/类型/领域/月份） */
    get: operations['StatisticsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/summary/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出统计汇总（XLSX 或 CSV） */
    get: operations['StatisticsController_exportSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 规划目标完成进度（每项指标的数据来源、实际值、完成率、期末推算及方法、按目标期判断的状态） */
    get: operations['StatisticsController_targets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/vouchers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券统计：批准与兑付（张数、金额），按发券地区；通用通兑承接情况 */
    get: operations['VoucherStatsController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/vouchers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出创新券统计（XLSX 或 CSV） */
    get: operations['VoucherStatsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/target-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区的规划 */
    get: operations['TargetPlansController_plans'];
    put?: never;
    /** 新增规划（标题、文号、起止年份） */
    post: operations['TargetPlansController_createPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/target-plans/{id}/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为规划新增目标（指标、年份或区间、目标值、单位、比较、累计或年度、翻番基数年） */
    post: operations['TargetPlansController_addTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 规划目标（按地区） */
    get: operations['ReferenceController_listTargets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/targets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修订目标（带版本号和原因；原值保留在修订历史中） */
    patch: operations['TargetPlansController_revise'];
    trace?: never;
  };
  '/api/targets/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 目标的修订历史 */
    get: operations['TargetPlansController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tech-fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技术领域代码表 */
    get: operations['ReferenceController_techFields'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券项目（科技局：本辖区发放或接受的；企业：可申报的；服务机构：批准本机构的） */
    get: operations['VoucherProgrammesController_list'];
    put?: never;
    /** 创建创新券项目（本局辖区；预算、申报期、适用企业、服务类别、补助比例与上限、服务机构、通用通兑） */
    post: operations['VoucherProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券项目详情 */
    get: operations['VoucherProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 企业申请创新券（服务类别、服务机构、计划金额） */
    post: operations['VoucherProgrammesController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 预算台账（预留、释放、兑付，逐笔只增不改） */
    get: operations['VoucherProgrammesController_ledger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes/{id}/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准服务机构 */
    post: operations['VoucherProgrammesController_addProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/voucher-programmes/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券服务类别 */
    get: operations['VoucherProgrammesController_categories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券（科技局：本辖区发放或承接的；机构：本机构申请的或作为服务机构的） */
    get: operations['VouchersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创新券详情 */
    get: operations['VouchersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准申请：从项目预算中预留额度 */
    post: operations['VouchersController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}/redeem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 同意兑付：补助计入发券项目，预留差额释放 */
    post: operations['VouchersController_redeem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}/redemption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请兑付：已认定登记的技术合同，或服务凭证 */
    post: operations['VouchersController_requestRedemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不批准申请 */
    post: operations['VouchersController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vouchers/{id}/return-redemption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回兑付申请（额度保留至到期） */
    post: operations['VouchersController_returnRedemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日历：某年的放假日和调休上班日 */
    get: operations['WorkCalendarController_get'];
    /** 替换某年的放假日和调休上班日（平台管理员，按国务院办公厅通知录入） */
    put: operations['WorkCalendarController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptInviteDto: {
      /** @example Demo@2026 */
      password: string;
      /** @description 邀请令牌 */
      token: string;
    };
    AddProviderDto: {
      /**
       * Format: uuid
       * @description 服务机构 ID
       */
      orgId: string;
    };
    AmendDto: {
      /** @description 变更后的合同成交额，以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元） */
      contractAmountFen: string;
      /** @example 2025-09-01 */
      effectiveDate: string;
      reason: string;
      /** @description 变更后的技术交易额，以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元） */
      techAmountFen: string;
    };
    ApiKeyPageDto: {
      items: components['schemas']['ApiKeyViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ApiKeyViewDto: {
      createdAt: string;
      id: string;
      keyPrefix: string;
      lastUsedAt: string | null;
      orgId: string | null;
      orgName: string | null;
      partner: string;
      rateLimitPerMinute: number;
      revokedAt: string | null;
      scopes: ('listings:read' | 'listings:push')[];
    };
    ApplicationPageDto: {
      items: components['schemas']['ApplicationViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ApplicationViewDto: {
      challengeId: string;
      createdAt: string;
      decidedAt: string | null;
      id: string;
      orgId: string;
      orgName: string;
      proposal: string;
      /** @enum {string} */
      status: 'submitted' | 'awarded' | 'not_awarded' | 'withdrawn';
      teamName: string;
    };
    ApplyDto: {
      /** @description 揭榜方案 */
      proposal: string;
      /** @example 合肥工业大学新能源团队 */
      teamName: string;
    };
    ApproveDto: {
      /**
       * @description 批准金额（分；默认按申请金额）
       * @example 5000000
       */
      amountFen?: string;
      /**
       * @description 审批意见
       * @example 符合申报条件
       */
      note?: string;
    };
    AttachmentListDto: {
      /** @description 允许的类型 */
      allowedTypes: ('application/pdf' | 'image/png' | 'image/jpeg')[];
      items: components['schemas']['AttachmentViewDto'][];
      /** @description 单个附件的最大字节数 */
      maxBytes: number;
      /** @description 每份合同最多几个附件 */
      maxPerContract: number;
    };
    AttachmentUploaderDto: {
      /** @description 上传人姓名 */
      name: string;
      /** @description 上传人所在机构 */
      orgName: string;
      userId: string;
    };
    AttachmentViewDto: {
      id: string;
      /**
       * @description 按文件内容判断的类型
       * @enum {string}
       */
      mediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
      /** @description 上传时的文件名 */
      name: string;
      sizeBytes: number;
      uploadedAt: string;
      uploadedBy: components['schemas']['AttachmentUploaderDto'];
    };
    AuditRowPageDto: {
      items: components['schemas']['AuditRowViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    AuditRowViewDto: {
      action: string;
      /** @description 操作的中文名称 */
      actionName: string;
      /** @description 操作人姓名（未登录的操作为 null） */
      actorName: string | null;
      actorOrgId: string | null;
      actorOrgName: string | null;
      actorUserId: string | null;
      after: {
        [key: string]: unknown;
      } | null;
      before: {
        [key: string]: unknown;
      } | null;
      id: string;
      ip: string | null;
      occurredAt: string;
      regionCode: string | null;
      requestId: string | null;
      targetId: string | null;
      /** @description 机构或账号对象的当前名称 */
      targetLabel: string | null;
      /** @description 对象类型的中文名称 */
      targetName: string;
      targetType: string;
    };
    BenefitDto: {
      /**
       * @description 技术转移人员收益比例（%）
       * @example 5
       */
      staffPercent?: number;
      /**
       * @description 科研团队收益比例（%）
       * @example 70
       */
      teamPercent?: number;
    };
    BenefitWarningDto: {
      actualPercent: number;
      /** @enum {string} */
      code: 'TEAM_SHARE_BELOW_MINIMUM' | 'STAFF_SHARE_BELOW_MINIMUM';
      message: string;
      minPercent: number;
      regionCode: string | null;
      /** @enum {string} */
      share: 'team' | 'staff';
      source: string;
    };
    BidHistoryDto: {
      bidCount: number;
      items: components['schemas']['BidViewDto'][];
      lotId: string;
    };
    BidViewDto: {
      amountFen: string;
      /** @description 竞买人 N；卖方在结束后、科技局始终看到机构名称 */
      bidder: string;
      /** @description 竞买机构 ID（哈希链的组成部分，供核验） */
      bidderOrgId: string | null;
      hash: string;
      mine: boolean;
      placedAt: string;
      prevHash: string;
      seq: number;
    };
    BudgetExplanationDto: {
      budgetMaxFen: number | null;
      /** @enum {string} */
      fit: 'within_budget' | 'over_budget' | 'negotiable' | 'unknown';
      priceFen: number | null;
    };
    BureauAdminDto: {
      /** @example 王强 */
      displayName: string;
      /** @example user@example.cn */
      email: string;
      /** @example 13800000001 */
      phone?: string;
    };
    CalendarDayDto: {
      /** @example 2027-01-01 */
      day: string;
      /**
       * @description true：调休上班（周末）；false：放假
       * @example false
       */
      isWorkday: boolean;
      /** @example 元旦 */
      name: string;
    };
    CalendarDayViewDto: {
      day: string;
      isWorkday: boolean;
      name: string;
    };
    CancelDto: {
      /** @example 2025-09-01 */
      effectiveDate: string;
      reason: string;
    };
    CancelRoadshowDto: {
      /**
       * @description 取消理由（报名机构可见）
       * @example 主讲专家行程调整，改期另行通知
       */
      reason: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    CertifyDto: {
      /** @description 核定合同成交额，缺省为申报额；以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元） */
      approvedContractAmountFen?: string;
      /** @description 核定技术交易额，缺省为申报额；以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元） */
      approvedTechAmountFen?: string;
      comment?: string;
      /**
       * @description 乐观锁版本号
       * @example 1
       */
      version?: number;
    };
    ChainVerdictDto: {
      count: number;
      /** @description 第一个核验不通过的出价序号 */
      firstBrokenSeq: number | null;
      format: string;
      headHash: string;
      lotId: string;
      valid: boolean;
    };
    ChangeRolesDto: {
      /**
       * @example [
       *       "member",
       *       "broker"
       *     ]
       */
      roles: ('org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin')[];
      /**
       * @description 乐观锁：读取该成员时的版本号
       * @example 1
       */
      version?: number;
    };
    CodeNameDto: {
      code: string;
      name: string;
    };
    CommissionDto: {
      /** @enum {string} */
      basis?: 'contract_amount' | 'tech_amount' | 'net_income';
      /**
       * @description 固定佣金（分，字符串）
       * @example 500000
       */
      fixedFen?: string;
      note?: string;
      /**
       * @description 佣金比例（%）
       * @example 3
       */
      percent?: number;
    };
    ConfirmDepositDto: {
      /**
       * Format: uuid
       * @description 竞买机构 ID
       */
      bidderOrgId: string;
      /**
       * @description 银行回单号或缴款凭证号
       * @example 34001234567890123456
       */
      reference: string;
    };
    ContractAdjustmentDto: {
      contractAmountAfterFen: string;
      contractAmountDeltaFen: string;
      countDelta: number;
      effectiveDate: string;
      id: string;
      /** @enum {string} */
      kind: 'amendment' | 'cancellation';
      reason: string;
      recordedAt: string;
      recordedBy: string;
      techAmountAfterFen: string;
      techAmountDeltaFen: string;
    };
    ContractBenefitDto: {
      staffPercent: number | null;
      teamPercent: number | null;
    };
    ContractPageDto: {
      items: components['schemas']['ContractViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ContractPartyDto: {
      /**
       * @description 统一社会信用代码（未在平台注册的机构必填，校验末位校验码；平台机构以登记信息为准）
       * @example 91340600MA2N1A2B3C
       */
      creditCode?: string;
      /** @description 机构名称（未在平台注册的机构必填；平台机构以登记信息为准，不必填写） */
      name?: string;
      /** @description 平台上的机构 id；卖方缺省为本机构 */
      orgId?: string;
      /**
       * @description 所在地区行政区划代码（未在平台注册的机构必填；平台机构以登记信息为准）
       * @example 340602
       */
      regionCode?: string;
    };
    ContractPartyViewDto: {
      /** @description 统一社会信用代码 */
      creditCode: string | null;
      name: string;
      orgId: string | null;
      regionCode: string;
      /** @description 是否平台注册机构（其信息以平台记录为准） */
      registered: boolean;
    };
    ContractRegistrationDto: {
      /** @description 核定合同成交额（分） */
      approvedContractAmountFen: string;
      /** @description 核定技术交易额（分） */
      approvedTechAmountFen: string;
      cancelled: boolean;
      certifiedAt: string;
      certifiedOn: string;
      /** @description 变更、解除后的现行合同成交额（分） */
      currentContractAmountFen: string;
      currentTechAmountFen: string;
      registrationNo: string;
      registryRegionCode: string;
    };
    ContractRejectionDto: {
      at: string | null;
      comment: string | null;
      reasonCode: string;
    };
    ContractTypeViewDto: {
      code: string;
      name: string;
      subtypes: components['schemas']['DatedCodeDto'][];
      validFrom: string;
      validTo: string | null;
    };
    ContractVersionDto: {
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    ContractViewDto: {
      achievementId: string | null;
      /** @description 详情：变更、解除记录，旧的在前 */
      adjustments?: components['schemas']['ContractAdjustmentDto'][];
      benefit: components['schemas']['ContractBenefitDto'];
      buyer: components['schemas']['ContractPartyViewDto'];
      /** @description 申报合同成交额（分） */
      contractAmountFen: string;
      contractSubtypeCode: string | null;
      /** @description 成交转来的草稿在双方补充前为空 */
      contractTypeCode: string | null;
      createdAt: string;
      deadlineOn: string | null;
      dealId: string | null;
      id: string;
      /** @description 成交转来的草稿提交登记前尚须填写的字段 */
      incomplete: ('contractSubtypeCode' | 'techFieldCode' | 'signedOn')[];
      intermediary: components['schemas']['ContractPartyViewDto'] | null;
      needId: string | null;
      negotiatedPrice: boolean;
      overdue: boolean;
      /** @description 详情：协议定价公示 */
      pricePublication?: components['schemas']['PricePublicationSummaryDto'] | null;
      /**
       * @description 定价方式：协议定价、挂牌交易或拍卖（由合同来源决定）
       * @enum {string}
       */
      priceRoute: 'agreement' | 'listing' | 'auction';
      registration: components['schemas']['ContractRegistrationDto'] | null;
      rejection: components['schemas']['ContractRejectionDto'] | null;
      seller: components['schemas']['ContractPartyViewDto'];
      signedOn: string | null;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'rejected' | 'certified';
      submittedAt: string | null;
      /** @description 申报技术交易额（分） */
      techAmountFen: string;
      techFieldCode: string | null;
      termEnd: string | null;
      termStart: string | null;
      title: string;
      updatedAt: string;
      version: number;
      warnings?: components['schemas']['BenefitWarningDto'][];
    };
    CreateAchievementDto: {
      /**
       * @description applied 应用技术 / basic 基础理论 / soft 软科学
       * @enum {string}
       */
      achievementType: 'applied' | 'basic' | 'soft';
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description: string;
      ipItems?: components['schemas']['IpItemDto'][];
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 价格面议
       * @default false
       */
      negotiable: boolean;
      /**
       * @description 转让价格；面议时可不填（单位：分，整数）
       * @example 50000000
       */
      priceFen?: number;
      /**
       * @description 成果登记号（12 位）
       * @example 34120250001
       */
      registryNumber?: string;
      team?: components['schemas']['TeamMemberDto'][];
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title: string;
      transferModes: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
      /**
       * @description 技术成熟度 TRL（GB/T 22900-2022）
       * @example 6
       */
      trl: number;
    };
    CreateApiKeyDto: {
      /**
       * Format: uuid
       * @description 推送时代为发布的单位（listings:push 必填，须已认证）
       */
      orgId?: string;
      /**
       * @description 合作平台名称
       * @example 羚羊工业互联网平台
       */
      partner: string;
      /** @description 每分钟请求上限；缺省用 EXCHANGE_RATE_LIMIT_PER_MINUTE */
      rateLimitPerMinute?: number;
      /** @description listings:read 读取已发布信息；listings:push 代单位推送信息 */
      scopes: ('listings:read' | 'listings:push')[];
    };
    CreateChallengeDto: {
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      /** @example 2030-12-31 */
      deadline?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description: string;
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 榜单奖励（分）
       * @example 100000000
       */
      rewardFen: number;
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title: string;
    };
    CreateContractDto: {
      achievementId?: string;
      benefit?: components['schemas']['BenefitDto'];
      buyer: components['schemas']['ContractPartyDto'];
      /**
       * @description 合同成交额，以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）
       * @example 50000000
       */
      contractAmountFen: string;
      /**
       * @description 合同子类型，按签订日期有效的代码表
       * @example transfer.patent
       */
      contractSubtypeCode: string;
      /**
       * @description 合同类型（可省略，由子类型确定）
       * @example transfer
       */
      contractTypeCode?: string;
      /** @description 来源对接项目（须已签约） */
      dealId?: string;
      /** @description 中介方；由对接项目生成时缺省为经纪机构 */
      intermediary?: components['schemas']['ContractPartyDto'];
      needId?: string;
      /**
       * @description 是否协议定价（高校、院所的转让/许可须公示 15 日）
       * @default false
       */
      negotiatedPrice: boolean;
      seller: components['schemas']['ContractPartyDto'];
      /** @example 2025-06-18 */
      signedOn: string;
      /**
       * @description 技术交易额（≤ 合同成交额），以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）
       * @example 45000000
       */
      techAmountFen: string;
      /**
       * @description 技术领域代码
       * @example 05
       */
      techFieldCode: string;
      /** @example 2027-06-30 */
      termEnd?: string;
      /** @example 2025-07-01 */
      termStart?: string;
      /** @example 锂电池正极材料技术转让合同 */
      title: string;
    };
    CreatedApiKeyDto: {
      createdAt: string;
      id: string;
      /** @description 密钥全文，只在创建时返回一次 */
      key: string;
      keyPrefix: string;
      lastUsedAt: string | null;
      orgId: string | null;
      orgName: string | null;
      partner: string;
      rateLimitPerMinute: number;
      revokedAt: string | null;
      scopes: ('listings:read' | 'listings:push')[];
    };
    CreatedWebhookDto: {
      createdAt: string;
      description: string | null;
      disabledAt: string | null;
      events: ('listing.published' | 'listing.changed' | 'listing.withdrawn')[];
      id: string;
      /** @description 签名密钥，只在创建时返回一次 */
      secret: string;
      url: string;
    };
    CreateListedSaleDto: {
      /**
       * Format: uuid
       * @description 挂牌的本机构科技成果（已发布）
       */
      achievementId: string;
      /**
       * @description 转为竞价时的保证金（分，默认 0）
       * @example 1000000
       */
      depositFen?: string;
      /**
       * @description 项目介绍
       * @example 发明专利 ZL202310000000.0，含 6 个月技术指导。
       */
      description: string;
      /**
       * @description 交易方式：转让或许可
       * @enum {string}
       */
      mode: 'transfer' | 'licence';
      /** @description 挂牌期（工作日）；默认且不少于卖方所在地区的最短挂牌期（未设置时 20 个工作日） */
      periodWorkingDays?: number;
      /**
       * @description 挂牌价（分，大于 0）
       * @example 50000000
       */
      priceFen: string;
      /**
       * @description 交易条件
       * @example 一次性付款；合同生效后 30 日内办理专利权转移登记。
       */
      terms: string;
      /**
       * @description 挂牌名称
       * @example 一种生物质硬碳负极材料的制备方法（专利权转让）
       */
      title: string;
    };
    CreateLotDto: {
      /**
       * Format: uuid
       * @description 所竞价的本机构科技成果（可选）
       */
      achievementId?: string;
      /**
       * @description 延时规则：结束前 N 分钟内出价则延长 N 分钟
       * @default 5
       */
      antiSnipingMinutes: number;
      /**
       * @description 保证金（分）
       * @example 1000000
       */
      depositFen: string;
      /**
       * @description 标的介绍
       * @example 发明专利 ZL202310000000.0 的专利权转让，含技术秘密与 6 个月技术指导。
       */
      description: string;
      /**
       * Format: date-time
       * @description 竞价结束时间（晚于开始时间）
       * @example 2026-12-08T11:00:00+08:00
       */
      endsAt: string;
      /**
       * @description 加价幅度（分，大于 0）
       * @example 500000
       */
      incrementFen: string;
      /**
       * @description 保留价（分，可选；不低于起拍价）
       * @example 15000000
       */
      reservePriceFen?: string;
      /**
       * @description 是否公开保留价
       * @default false
       */
      reserveShown: boolean;
      /**
       * @description 起拍价（分）
       * @example 10000000
       */
      startingPriceFen: string;
      /**
       * Format: date-time
       * @description 竞价开始时间（不早于现在）
       * @example 2026-12-08T09:00:00+08:00
       */
      startsAt: string;
      /**
       * @description 标的名称
       * @example 一种生物质硬碳负极材料的制备方法（专利权转让）
       */
      title: string;
      /**
       * @description 成交公告是否隐去买受人名称
       * @default false
       */
      winnerAnonymous: boolean;
    };
    CreateNeedDto: {
      /**
       * @description 匿名发布：企业名称仅对本单位、其经纪人和主管科技局可见
       * @default false
       */
      anonymous: boolean;
      /**
       * @description 预算上限（单位：分，整数）
       * @example 50000000
       */
      budgetMaxFen?: number;
      /**
       * @description 预算下限（单位：分，整数）
       * @example 50000000
       */
      budgetMinFen?: number;
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      cooperationModes?: (
        | 'commissioned_development'
        | 'cooperative_development'
        | 'transfer'
        | 'licence'
        | 'consulting'
        | 'service'
        | 'other'
      )[];
      /** @example 2030-12-31 */
      deadline?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description: string;
      /** @example 汽车零部件 */
      industry?: string;
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title: string;
      /**
       * @description public 所有人可见；verified 仅认证单位可见
       * @default public
       * @enum {string}
       */
      visibility: 'public' | 'verified';
    };
    CreateProgrammeDto: {
      /**
       * @description 通用通兑：接受这些地区（含下级）发放的创新券在本项目的服务机构使用
       * @example [
       *       "320300"
       *     ]
       */
      acceptedRegionCodes: string[];
      /**
       * @description 预算（分）
       * @example 500000000
       */
      budgetFen: string;
      /**
       * @description 每家企业每年补助上限（分）
       * @example 20000000
       */
      capPerEnterpriseFen: string;
      /**
       * @example [
       *       "tech_transfer",
       *       "testing"
       *     ]
       */
      categories: ('tech_transfer' | 'testing' | 'training' | 'instrument_sharing' | 'rd_design' | 'ip_services')[];
      /**
       * @description 申报截止日期
       * @example 2026-12-31
       */
      closesOn: string;
      /**
       * @description 适用企业须在有效期内列入的名录（任一即可；为空则本地区企业均可申请）
       * @example [
       *       "tech_sme"
       *     ]
       */
      eligibleKinds: (
        | 'high_tech_enterprise'
        | 'tech_sme'
        | 'pilot_base'
        | 'transfer_center'
        | 'transfer_park'
        | 'innovation_platform'
        | 'common_rd_platform'
        | 'tech_innovation_center'
        | 'sci_tech_commissioner'
        | 'commissioner_team'
      )[];
      /**
       * @description 项目名称
       * @example 2026年淮北市科技创新券
       */
      name: string;
      /**
       * @description 申报开始日期
       * @example 2026-01-01
       */
      opensOn: string;
      /**
       * @description 是否接受本辖区以外的服务机构
       * @example false
       */
      outsideProviders: boolean;
      /** @description 批准的服务机构（机构 ID） */
      providerOrgIds: string[];
      /**
       * @description 批准后额度的保留天数（到期未兑付则释放）
       * @example 90
       */
      reservationDays: number;
      /**
       * @description 补助比例（%，1–100）
       * @example 50
       */
      subsidyPercent: number;
    };
    CreateRegistryEntryDto: {
      /**
       * @description 证书编号（高新技术企业）或入库登记编号（科技型中小企业）
       * @example GR202434000123
       */
      certificateNo?: string;
      /**
       * @description 统一社会信用代码（企业）
       * @example 91340600MA2N0A0B1C
       */
      creditCode?: string;
      /**
       * @description 服务的县（市、区）或企业（科技特派员、特派团）
       * @example 西畴县兴街镇
       */
      host?: string;
      /**
       * @example high_tech_enterprise
       * @enum {string}
       */
      kind:
        | 'high_tech_enterprise'
        | 'tech_sme'
        | 'pilot_base'
        | 'transfer_center'
        | 'transfer_park'
        | 'innovation_platform'
        | 'common_rd_platform'
        | 'tech_innovation_center'
        | 'sci_tech_commissioner'
        | 'commissioner_team';
      /**
       * @description 企业、基地、平台名称或特派员姓名
       * @example 淮北矿业新材料科技有限公司
       */
      name: string;
      /**
       * @description 认定、入库、建成或派出日期
       * @example 2024-11-20
       */
      recognisedOn: string;
      /**
       * @description 所在地区（科技特派员：派驻的县区；本辖区内）
       * @example 340602
       */
      regionCode: string;
      /**
       * @description 有效期截止日（默认：高企 3 年，科小 1 年）
       * @example 2027-11-19
       */
      validUntil?: string;
    };
    CreateReportedFigureDto: {
      /** @description 附件（可选） */
      attachment?: components['schemas']['ReportedAttachmentDto'];
      /**
       * @description 指标代码（规划目标的指标）
       * @example soe_rd_intensity
       */
      indicatorCode: string;
      /**
       * @description 修改已审核的数据时必填
       * @example 统计局更正数据
       */
      reason?: string;
      /**
       * @description 填报地区（本辖区内）
       * @example 340600
       */
      regionCode: string;
      /** @example 市国资委 */
      sourceDepartment: string;
      /** @example 淮北市2025年国有企业经营情况统计公报 */
      sourceDocument: string;
      /**
       * @example percent
       * @enum {string}
       */
      unit: 'yuan' | 'count' | 'percent';
      /**
       * @description 数值（与指标单位一致：元、个数或百分比，至多两位小数）
       * @example 3.6
       */
      value: string;
      /**
       * @description 年度（不能晚于当前年度）
       * @example 2025
       */
      year: number;
    };
    CreateRoadshowDto: {
      /** @description 报名机构上限（不填不限） */
      capacity?: Record<string, never> | null;
      /**
       * @description 路演介绍
       * @example 推介高校院所新材料领域成果，现场对接企业需求。
       */
      description: string;
      /**
       * Format: date-time
       * @description 结束时间（晚于开始时间，最长 7 天）
       * @example 2026-12-18T17:00:00+08:00
       */
      endsAt: string;
      /**
       * @description 形式：线上、线下、线上+线下
       * @enum {string}
       */
      format: 'online' | 'venue' | 'hybrid';
      /**
       * @description 线上参会链接
       * @example https://meeting.example.cn/s/123
       */
      onlineUrl?: Record<string, never> | null;
      /**
       * Format: date-time
       * @description 开始时间（不早于现在）
       * @example 2026-12-18T14:00:00+08:00
       */
      startsAt: string;
      /**
       * @description 路演名称
       * @example 淮北市新材料科技成果专场路演
       */
      title: string;
      /**
       * @description 举办地点
       * @example 淮北市科技大厦三楼报告厅
       */
      venue?: Record<string, never> | null;
    };
    CreateTargetDto: {
      /**
       * @example cumulative
       * @enum {string}
       */
      accumulation: 'annual' | 'cumulative' | 'level';
      /**
       * @description “翻番”类目标的基数年份
       * @example 2025
       */
      baseYear?: number;
      /**
       * @example gte
       * @enum {string}
       */
      comparison: 'gt' | 'gte' | 'eq';
      /**
       * @description 起算年份（累计、水平类目标；默认目标年份）
       * @example 2026
       */
      fromYear?: number;
      /**
       * @description 指标代码
       * @example achievements_converted
       */
      indicatorCode: string;
      /** @example 累计转化科技成果数量(累计) */
      indicatorName: string;
      /**
       * @description 规划原文
       * @example 累计转化科技成果400项以上
       */
      sourceQuote?: string;
      /** @example 2028 */
      targetYear: number;
      /**
       * @example count
       * @enum {string}
       */
      unit: 'yuan' | 'count' | 'percent';
      /**
       * @description 目标值（元、个数或百分比，至多两位小数）
       * @example 400
       */
      value: string;
    };
    CreateTargetPlanDto: {
      /**
       * @description 文号或发文
       * @example 淮政办〔2026〕12号
       */
      document: string;
      /** @example 2026 */
      fromYear: number;
      /**
       * @description 规划所属地区（本辖区内）
       * @example 340600
       */
      regionCode: string;
      /** @example 淮北市加快科技成果转移转化行动方案（2026—2028年） */
      title: string;
      /** @example 2028 */
      toYear: number;
    };
    CreateWebhookDto: {
      /** @example 羚羊平台同步 */
      description?: string;
      events: ('listing.published' | 'listing.changed' | 'listing.withdrawn')[];
      /** @description 签名密钥（16–200 个字符）；缺省时自动生成，仅在创建时返回一次 */
      secret?: string;
      /**
       * @description 仅接受 http/https 地址
       * @example https://partner.example.cn/hooks/techmarket
       */
      url: string;
    };
    DatedCodeDto: {
      code: string;
      name: string;
      validFrom: string;
      validTo: string | null;
    };
    DealBoardColumnDto: {
      items: components['schemas']['DealViewDto'][];
      /** @enum {string} */
      stage: 'lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped';
      total: number;
    };
    DealBoardDto: {
      columns: components['schemas']['DealBoardColumnDto'][];
      region: string | null;
      /** @enum {string} */
      scope: 'broker' | 'region';
    };
    DealCommissionViewDto: {
      /** @enum {string|null} */
      basis: 'contract_amount' | 'tech_amount' | 'net_income' | null;
      /** @description 固定佣金（分） */
      fixedFen: string | null;
      note: string | null;
      /** @description 佣金比例（数字文本，如 "3.00"） */
      percent: string | null;
    };
    DealEventViewDto: {
      actorUserId: string | null;
      at: string;
      fromStage: string | null;
      kind: string;
      note: string | null;
      toStage: string | null;
    };
    DealNoteDto: {
      note: string;
    };
    DealPageDto: {
      items: components['schemas']['DealViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DealPartyDto: {
      orgId: string;
      /** @enum {string} */
      role: 'seller' | 'buyer';
    };
    DealPartyViewDto: {
      invitedAt: string;
      name: string;
      orgId: string;
      regionCode: string;
      respondedAt: string | null;
      /** @enum {string} */
      role: 'seller' | 'buyer';
      /** @enum {string} */
      status: 'invited' | 'accepted' | 'declined';
    };
    DealViewDto: {
      achievementId: string | null;
      /** @description 是否由参与方以外的经纪人撮合；否则不经过“已引荐”阶段 */
      brokered: boolean;
      brokerOrgId: string;
      brokerUserId: string;
      challengeApplicationId: string | null;
      commission: components['schemas']['DealCommissionViewDto'];
      createdAt: string;
      droppedAt: string | null;
      dropReason: string | null;
      /** @description 详情：按佣金条款估算的预计佣金 */
      expectedCommission?: components['schemas']['ExpectedCommissionDto'] | null;
      id: string;
      matchRef: string | null;
      needId: string | null;
      /** @description 经纪人现在可以推进到的阶段（取决于有无经纪人和各方是否已接受） */
      nextStages: ('lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped')[];
      parties: components['schemas']['DealPartyViewDto'][];
      /** @description 来源成交：auction:<标的 ID> 或 listing:<挂牌 ID> */
      saleRef: string | null;
      signedAt: string | null;
      /** @enum {string} */
      stage: 'lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped';
      /** @description 详情：进展记录 */
      timeline?: components['schemas']['DealEventViewDto'][];
      title: string;
      updatedAt: string;
      version: number;
    };
    DecisionNoteDto: {
      /**
       * @description 原因
       * @example 服务内容不属于本项目支持范围
       */
      note: string;
    };
    DeclareIntentDto: {
      /**
       * @description 受让条件（接受挂牌价）
       * @example 接受挂牌价，一次性付款，合同生效后 30 日内付清。
       */
      terms: string;
    };
    DeliveryFailurePageDto: {
      items: components['schemas']['DeliveryFailureViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DeliveryFailureViewDto: {
      /** @description 收件地址或手机号 */
      address: string;
      attempts: number;
      /** @enum {string} */
      channel: 'mail' | 'sms';
      createdAt: string;
      /** @description 服务器最后一次的答复 */
      error: string | null;
      failedAt: string;
      id: string;
      /** @enum {string} */
      kind: 'notification' | 'digest' | 'direct';
      subject: string;
    };
    DeliveryPageDto: {
      items: components['schemas']['DeliveryViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DeliveryViewDto: {
      attempts: number;
      createdAt: string;
      deliveredAt: string | null;
      /** @enum {string} */
      event: 'listing.published' | 'listing.changed' | 'listing.withdrawn';
      id: string;
      lastAttemptAt: string | null;
      lastError: string | null;
      lastStatusCode: number | null;
      listingId: string;
      listingKind: string;
      listingVersion: number;
      nextAttemptAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed';
    };
    DirectoryUserPageDto: {
      items: components['schemas']['DirectoryUserViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DirectoryUserViewDto: {
      createdAt: string;
      displayName: string;
      email: string;
      id: string;
      lastLoginAt: string | null;
      /** @description 因密码错误被锁定到何时（未锁定为 null） */
      lockedUntil: string | null;
      org: components['schemas']['UserOrgBriefDto'];
      orgId: string;
      /** @description 管理员已重置密码，用户尚未设置新密码 */
      passwordResetRequired: boolean;
      phone: string | null;
      roles: ('org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin')[];
      /** @enum {string} */
      status: 'invited' | 'active' | 'disabled';
      totpEnabled: boolean;
      version: number;
    };
    ExpectedCommissionDto: {
      /** @description 估算所依据的金额（分） */
      basisFen: string | null;
      /**
       * @description 依据：成果报价或需求预算上限
       * @enum {string|null}
       */
      basisSource: 'asking_price' | 'budget' | null;
      /** @description 预计佣金（分）；比例佣金没有可估算的基数时为空 */
      fen: string | null;
    };
    FileLoanDto: {
      /** @description 关联的科技成果（须已发布，最多 20 项） */
      achievementIds: string[];
      /**
       * @description 贷款金额（分）
       * @example 500000000
       */
      amountFen: string;
      /**
       * @description 担保方式
       * @example patent_pledge
       * @enum {string}
       */
      collateral: 'patent_pledge' | 'achievement' | 'credit';
      /** @description 关联的技术合同（借款企业须为当事人，最多 20 项） */
      contractIds: string[];
      /**
       * Format: uuid
       * @description 借款企业（须已授权本机构）
       */
      enterpriseOrgId: string;
      /**
       * @description 贷款用途
       * @example 支持企业受让“生物质硬碳负极材料”专利并建设中试线
       */
      purpose: string;
      /**
       * @description 利率类型
       * @example fixed
       * @enum {string}
       */
      rateType: 'fixed' | 'floating';
      /**
       * @description 期限（月，1–360）
       * @example 36
       */
      termMonths: number;
    };
    FlowAxisEntryDto: {
      code: string;
      /** @description 本地区或其下级为 true；区外的省为 false */
      inside: boolean;
      name: string;
    };
    FlowCellDto: {
      buyer: string;
      /** @description 合同成交额（分） */
      contractAmountFen: string;
      count: number;
      seller: string;
      /** @description 技术交易额（分） */
      techAmountFen: string;
    };
    FlowsResultDto: {
      axis: components['schemas']['FlowAxisEntryDto'][];
      cells: components['schemas']['FlowCellDto'][];
      period: components['schemas']['StatsPeriodDto'];
      region: components['schemas']['StatsRegionRefDto'];
      total: components['schemas']['StatsTotalsDto'];
    };
    FormulaViewDto: {
      current: boolean;
      note: string;
      publishedAt: string;
      version: number;
      weights: components['schemas']['FormulaWeightViewDto'][];
    };
    FormulaWeightDto: {
      /**
       * @description 该项最高分（0–1000）
       * @example 40
       */
      cap: number;
      /**
       * @example buyer_contracts
       * @enum {string}
       */
      input: 'buyer_contracts' | 'buyer_amount_wan' | 'rd_contracts' | 'high_tech_enterprise' | 'tech_sme' | 'awards';
      /**
       * @description 每步的数量（成交额以万元计；默认 1）
       * @example 1
       */
      per?: number;
      /**
       * @description 每步得分（0–100）
       * @example 5
       */
      points: number;
    };
    FormulaWeightViewDto: {
      cap: number;
      /** @enum {string} */
      input: 'buyer_contracts' | 'buyer_amount_wan' | 'rd_contracts' | 'high_tech_enterprise' | 'tech_sme' | 'awards';
      name: string;
      per: number;
      points: number;
      source: string;
      weightText: string;
    };
    GrantLoanAuthorisationDto: {
      /**
       * Format: uuid
       * @description 金融机构（机构 ID，须已通过审核）
       */
      bankOrgId: string;
    };
    HandOverDto: {
      /**
       * @description 接任者读取时的版本号（确认移交给的是看到的那位成员）
       * @example 1
       */
      version: number;
    };
    HighlightDto: {
      /** @description 描述片段，同上 */
      description: string;
      /** @description 标题，匹配处以 <em> 标出，其余已转义 */
      title: string;
    };
    ImportJobErrorDto: {
      code: string;
      details: {
        [key: string]: unknown;
      } | null;
      message: string;
    };
    ImportJobPageDto: {
      items: components['schemas']['ImportJobViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ImportJobViewDto: {
      cancelRequested: boolean;
      createdAt: string;
      /** @enum {string|null} */
      encoding: 'utf-8' | 'gb18030' | null;
      error: components['schemas']['ImportJobErrorDto'] | null;
      fileName: string;
      fileSize: number;
      finishedAt: string | null;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      id: string;
      importedRows: number;
      /** @enum {string} */
      kind: 'achievements' | 'needs' | 'contracts' | 'registries';
      /**
       * @description 计数和问题所属的一轮（预检或导入）
       * @enum {string}
       */
      phase: 'dry_run' | 'commit';
      problemRows: number;
      /** @description 每一轮发现的问题数（dry_run、commit） */
      problemsFound: {
        [key: string]: number;
      };
      /** @description 每一轮列出的问题数（只保留前 IMPORT_MAX_PROBLEMS_STORED 个） */
      problemsListed: {
        [key: string]: number;
      };
      problemsNote: string | null;
      progress: components['schemas']['ImportProgressDto'];
      regionCode: string | null;
      skippedRows: number;
      startedAt: string | null;
      /** @enum {string} */
      status:
        | 'validation_queued'
        | 'validating'
        | 'validated'
        | 'commit_queued'
        | 'committing'
        | 'committed'
        | 'failed'
        | 'cancelled';
      validRows: number;
    };
    ImportProblemPageDto: {
      items: components['schemas']['ImportProblemViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ImportProblemViewDto: {
      code: string;
      column: string;
      message: string;
      /** @description 表格行号（表头为第 1 行） */
      row: number;
    };
    ImportProgressDto: {
      rowsDone: number;
      totalRows: number | null;
    };
    InvitationDto: {
      inviteExpiresAt: string;
      /** @description 一次性邀请令牌（同时邮件发送；对方收不到邮件时可转交） */
      inviteToken: string;
      user: components['schemas']['UserViewDto'];
    };
    InviteMemberDto: {
      /** @example 王强 */
      displayName: string;
      /** @example user@example.cn */
      email: string;
      /** @example 13800000001 */
      phone?: string;
      /**
       * @example [
       *       "member"
       *     ]
       */
      roles: ('org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin')[];
    };
    IpItemDto: {
      /** @enum {string} */
      kind: 'invention_patent' | 'utility_model' | 'design' | 'software_copyright' | 'other';
      /** @example ZL202310123456.7 */
      number?: string;
      /** @example 已授权 */
      status?: string;
    };
    LedgerEntryViewDto: {
      amountFen: string;
      at: string;
      enterpriseName: string;
      id: string;
      /** @enum {string} */
      kind: 'reserved' | 'released' | 'redeemed';
      kindName: string;
      reason: string;
      voucherId: string;
    };
    LedgerPageDto: {
      availableFen: string;
      /** @description 项目的累计数与台账逐笔合计一致 */
      balanced: boolean;
      budgetFen: string;
      items: components['schemas']['LedgerEntryViewDto'][];
      page: number;
      pageSize: number;
      redeemedFen: string;
      reservedFen: string;
      total: number;
    };
    ListedSaleIntentDto: {
      buyerName: string;
      buyerOrgId: string;
      declaredAt: string;
      terms: string;
      /** @description 登记意向时的挂牌版本 */
      versionNo: number;
    };
    ListedSalePageDto: {
      items: components['schemas']['ListedSaleViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ListedSaleVersionDto: {
      changeNote: string | null;
      createdAt: string;
      depositFen: string;
      description: string;
      /** @enum {string} */
      mode: 'transfer' | 'licence';
      priceFen: string;
      terms: string;
      title: string;
      versionNo: number;
    };
    ListedSaleViewDto: {
      achievementId: string;
      auctionLotId: string | null;
      buyerName: string | null;
      currentVersion: number;
      /** @description 转为竞价时的保证金（分） */
      depositFen: string;
      description: string;
      endedAt: string | null;
      endsAt: string;
      id: string;
      intentCount: number;
      /** @description 卖方和主管科技局可见 */
      intents: components['schemas']['ListedSaleIntentDto'][] | null;
      /** @enum {string} */
      mode: 'transfer' | 'licence';
      myIntent: components['schemas']['ListedSaleIntentDto'] | null;
      periodWorkingDays: number;
      /** @description 挂牌价（分） */
      priceFen: string;
      relistedAs: string | null;
      relistedFrom: string | null;
      /** @description 期满规则（挂牌之日起公布） */
      rules: string;
      sellerName: string;
      sellerOrgId: string;
      sellerRegionCode: string;
      /** @description 服务器时间（倒计时以此为准） */
      serverTime: string;
      startsAt: string;
      /** @enum {string} */
      status: 'listed' | 'sold' | 'auctioned' | 'failed' | 'withdrawn';
      terms: string;
      title: string;
      version: number;
      /** @description 详情：全部版本，旧的在前 */
      versions?: components['schemas']['ListedSaleVersionDto'][];
      withdrawReason: string | null;
    };
    ListingPageDto: {
      items: components['schemas']['ListingViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ListingPeriodDto: {
      regionCode: string;
      /** @description 设置该期限的地区；null 为默认 20 个工作日 */
      setAt: string | null;
      /** @description 最短挂牌期（工作日） */
      workingDays: number;
    };
    ListingVersionDto: {
      /**
       * @description 读取时的版本号（乐观锁）；版本已变化时返回 409
       * @example 1
       */
      version: number;
    };
    ListingViewDto: {
      /** @enum {string} */
      achievementType?: 'applied' | 'basic' | 'soft';
      anonymous?: boolean;
      awardedApplicationId?: string | null;
      budgetMaxFen?: number | null;
      budgetMinFen?: number | null;
      contactName: string | null;
      contactPhone: string | null;
      cooperationModes?: (
        | 'commissioned_development'
        | 'cooperative_development'
        | 'transfer'
        | 'licence'
        | 'consulting'
        | 'service'
        | 'other'
      )[];
      createdAt: string;
      deadline?: string | null;
      description: string;
      id: string;
      industry?: string | null;
      ipItems?: components['schemas']['IpItemDto'][];
      keywords: string[];
      /** @enum {string} */
      kind: 'need' | 'achievement' | 'challenge';
      negotiable?: boolean;
      /** @description 匿名需求对无权查看者为 null */
      orgId: string | null;
      orgName: string | null;
      /** @enum {string} */
      orgType:
        | 'enterprise'
        | 'university'
        | 'research_institute'
        | 'broker_agency'
        | 'financial_institution'
        | 'bureau'
        | 'platform';
      priceFen?: number | null;
      publishedAt: string | null;
      regionCode: string;
      registryNumber?: string | null;
      rejectReason: string | null;
      /** @description 榜额（分） */
      rewardFen?: number;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'published' | 'rejected' | 'withdrawn' | 'closed';
      submittedAt: string | null;
      team?: components['schemas']['TeamMemberDto'][];
      techFieldCode: string;
      title: string;
      transferModes?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
      /** @description 技术就绪度 1–9 */
      trl?: number;
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility?: 'public' | 'verified';
    };
    LoanAuthorisationViewDto: {
      active: boolean;
      bankName: string;
      bankOrgId: string;
      enterpriseName: string;
      enterpriseOrgId: string;
      enterpriseRegionName: string;
      grantedAt: string;
      id: string;
      revokedAt: string | null;
    };
    LoanBankViewDto: {
      name: string;
      orgId: string;
      regionName: string;
    };
    LoanChildFiguresDto: {
      defaultedCount: number;
      /** @description 违约时未还本金（分） */
      defaultedFen: string;
      filedCount: number;
      filedEnterprises: number;
      filedFen: string;
      regionCode: string;
      regionName: string;
      repaidFen: string;
      settledCount: number;
    };
    LoanContractOptionDto: {
      /** @description 认定成交额（分） */
      amountFen: string;
      certifiedOn: string | null;
      id: string;
      registrationNo: string | null;
      title: string;
    };
    LoanEntryDto: {
      /**
       * @description 还款金额（分；仅还款需要）
       * @example 10000000
       */
      amountFen?: string;
      /**
       * @description 还款、违约或结清
       * @example repayment
       * @enum {string}
       */
      kind: 'repayment' | 'default' | 'settled';
      /**
       * @description 说明
       * @example 按期归还本金
       */
      note?: string;
      /**
       * @description 发生日期（默认今天）
       * @example 2026-12-01
       */
      occurredOn?: string;
    };
    LoanEntryViewDto: {
      /** @description 还款金额；违约时为当时未还本金（分） */
      amountFen: string | null;
      id: string;
      /** @enum {string} */
      kind: 'repayment' | 'default' | 'settled';
      kindName: string;
      note: string | null;
      occurredOn: string;
      recordedAt: string;
    };
    LoanFiguresDto: {
      defaultedCount: number;
      /** @description 违约时未还本金（分） */
      defaultedFen: string;
      filedCount: number;
      filedEnterprises: number;
      filedFen: string;
      repaidFen: string;
      settledCount: number;
    };
    LoanLinkDto: {
      id: string;
      /** @enum {string} */
      kind: 'achievement' | 'contract';
      /** @description 技术合同登记号（已登记的合同） */
      registrationNo?: string | null;
      /** @description 备案时的名称 */
      title: string;
    };
    LoanPageDto: {
      items: components['schemas']['LoanViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    LoanPeriodDto: {
      code: string;
      label: string;
    };
    LoanStatsDto: {
      children: components['schemas']['LoanChildFiguresDto'][];
      period: components['schemas']['LoanPeriodDto'];
      region: components['schemas']['LoanStatsRegionDto'];
      totals: components['schemas']['LoanFiguresDto'];
    };
    LoanStatsRegionDto: {
      code: string | null;
      name: string;
    };
    LoanViewDto: {
      /** @description 贷款金额（分） */
      amountFen: string;
      bankName: string;
      bankOrgId: string;
      /** @enum {string} */
      collateral: 'patent_pledge' | 'achievement' | 'credit';
      collateralName: string;
      /** @description 违约时未还本金（分）；未违约为 0 */
      defaultedFen: string;
      enterpriseName: string;
      enterpriseOrgId: string;
      entries: components['schemas']['LoanEntryViewDto'][];
      filedAt: string;
      id: string;
      links: components['schemas']['LoanLinkDto'][];
      outstandingFen: string;
      purpose: string;
      /** @enum {string} */
      rateType: 'fixed' | 'floating';
      rateTypeName: string;
      /** @description 借款企业所在地区 */
      regionCode: string;
      regionName: string;
      repaidFen: string;
      /** @enum {string} */
      status: 'active' | 'defaulted' | 'settled';
      statusName: string;
      /** @description 期限（月） */
      termMonths: number;
    };
    LoginDto: {
      /**
       * @description 邮箱或手机号
       * @example admin@example.cn
       */
      login: string;
      /** @example Demo@2026 */
      password: string;
      /**
       * @description 无法使用动态口令时，可用一个恢复码代替（每个只能用一次）
       * @example abcde-fghjk
       */
      recoveryCode?: string;
      /**
       * @description 已启用动态口令的账号必填
       * @example 123456
       */
      totpCode?: string;
    };
    LotPageDto: {
      items: components['schemas']['LotViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    LotVersionDto: {
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    LotViewDto: {
      achievementId: string | null;
      antiSnipingMinutes: number;
      bidCount: number;
      bidderCount: number;
      closedAt: string | null;
      currentPriceFen: string | null;
      depositFen: string;
      description: string;
      /** @description 现行结束时间（延时后可能晚于公告时间） */
      endsAt: string;
      hammerPriceFen: string | null;
      hasReserve: boolean;
      id: string;
      incrementFen: string;
      /** @description 当前领先者（公众看到“竞买人 N”） */
      leader: string | null;
      myRegistration: components['schemas']['MyLotRegistrationDto'] | null;
      /** @description 下一次出价的最低金额（分） */
      nextMinimumBidFen: string;
      /**
       * @description 按服务器时间：未开始、竞价中、已到时待结束、成交、流拍、撤回
       * @enum {string}
       */
      phase: 'draft' | 'scheduled' | 'open' | 'ended' | 'sold' | 'unsold' | 'withdrawn';
      /** @description 保留价（分）；不公开时对公众为 null */
      reservePriceFen: string | null;
      reserveShown: boolean;
      /** @description 由挂牌转来：仅限挂牌期内登记意向的受让方报名 */
      restricted: boolean;
      /** @description 公告的结束时间 */
      scheduledEndsAt: string;
      sellerName: string;
      sellerOrgId: string;
      sellerRegionCode: string;
      /** @description 服务器时间（倒计时以此为准） */
      serverTime: string;
      /** @description 起拍价（分） */
      startingPriceFen: string;
      startsAt: string;
      /** @enum {string} */
      status: 'draft' | 'published' | 'sold' | 'unsold' | 'withdrawn';
      title: string;
      version: number;
      winner: string | null;
      winnerAnonymous: boolean;
      withdrawReason: string | null;
    };
    MatchExplanationDto: {
      budget: components['schemas']['BudgetExplanationDto'];
      region: components['schemas']['RegionExplanationDto'];
      sameTechField: boolean;
      sharedTerms: string[];
      transferMode: components['schemas']['TransferModeExplanationDto'];
      trl: components['schemas']['TrlExplanationDto'];
    };
    MatchFeedbackDto: {
      /**
       * Format: uuid
       * @description 科技成果 id
       */
      achievementId: string;
      /**
       * Format: uuid
       * @description 技术需求 id
       */
      needId: string;
      /**
       * @description relevant 相关 / not_relevant 不相关 / contacted 已联系
       * @enum {string}
       */
      verdict: 'relevant' | 'not_relevant' | 'contacted';
    };
    MatchResultDto: {
      cooperationModes?: (
        | 'commissioned_development'
        | 'cooperative_development'
        | 'transfer'
        | 'licence'
        | 'consulting'
        | 'service'
        | 'other'
      )[];
      explanation: components['schemas']['MatchExplanationDto'];
      highlight: components['schemas']['HighlightDto'];
      id: string;
      /** @enum {string} */
      kind: 'need' | 'achievement' | 'challenge';
      /** @description 匿名需求无此项 */
      orgName?: string;
      priceFen: number | null;
      regionCode: string;
      /** @description 排序用的得分（相对本次最佳匹配，可大于 1），不作为匹配度展示 */
      score: number;
      /** @description 匹配度：两条信息文本的相似度，0–1（与匹配提醒同一口径） */
      similarity: number;
      techFieldCode: string;
      title: string;
      transferModes?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
      trl?: number;
    };
    MeViewDto: {
      org: components['schemas']['OrgViewDto'];
      /** @description 调用者可用的操作（来自权限表） */
      permissions: string[];
      /** @description 未使用的动态口令恢复码个数 */
      recoveryCodesLeft: number;
      user: components['schemas']['UserViewDto'];
    };
    MoveDealDto: {
      /** @description 推进的原因或说明（选填，最多 500 字），写入进展时间线 */
      note?: string;
      /** @enum {string} */
      to: 'lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped';
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    MyApplicationDto: {
      /** @description 未申请时为 null */
      application: components['schemas']['ApplicationViewDto'] | null;
    };
    MyBiddingPageDto: {
      items: components['schemas']['MyBiddingViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    MyBiddingViewDto: {
      bidderNo: number;
      currentPriceFen: string | null;
      depositConfirmed: boolean;
      depositFen: string;
      endsAt: string;
      hammerPriceFen: string | null;
      /** @description 本机构当前领先 */
      leading: boolean;
      lotId: string;
      myBidCount: number;
      myHighestFen: string | null;
      nextMinimumBidFen: string;
      /** @enum {string} */
      phase: 'draft' | 'scheduled' | 'open' | 'ended' | 'sold' | 'unsold' | 'withdrawn';
      sellerName: string;
      startsAt: string;
      /** @enum {string} */
      status: 'draft' | 'published' | 'sold' | 'unsold' | 'withdrawn';
      title: string;
      /** @description 本机构竞得 */
      won: boolean;
    };
    MyLotRegistrationDto: {
      bidderNo: number;
      depositConfirmed: boolean;
    };
    MyRegistrationDto: {
      bidderNo: number;
      depositConfirmed: boolean;
      depositFen: string;
      lotId: string;
      termsSha256: string;
      /** @description 接受的竞买须知全文 */
      termsText: string;
    };
    NotificationPageDto: {
      items: components['schemas']['NotificationViewDto'][];
      page: number;
      pageSize: number;
      total: number;
      /** @description 未读通知数 */
      unread: number;
    };
    NotificationViewDto: {
      body: string;
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind:
        | 'match_alert'
        | 'listing_reviewed'
        | 'challenge_application'
        | 'challenge_result'
        | 'org_verification'
        | 'member_joined'
        | 'deal_invited'
        | 'deal_answered'
        | 'deal_stage'
        | 'sale_concluded'
        | 'listing_ended'
        | 'contract_submitted'
        | 'contract_certified'
        | 'contract_rejected'
        | 'contract_amended'
        | 'contract_cancelled'
        | 'price_publication'
        | 'registration_deadline'
        | 'import_finished'
        | 'webhook_failing'
        | 'voucher_application'
        | 'voucher_decision'
        | 'voucher_redemption'
        | 'voucher_expired'
        | 'loan_filed';
      /** @description 网页内的路径，如 /listings/need/<id> */
      link: string | null;
      /** @description 按 kind 而定（match_alert：needId、achievementId、similarity、matchedListing） */
      payload: {
        [key: string]: unknown;
      };
      read: boolean;
      readAt: string | null;
      title: string;
    };
    ObjectionDto: {
      contact?: string;
      content: string;
      submitterName: string;
    };
    ObjectionPageDto: {
      items: components['schemas']['ObjectionViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ObjectionViewDto: {
      contact: string | null;
      content: string;
      id: string;
      submittedAt: string;
      submitterName: string;
    };
    OpenDealDto: {
      achievementId?: string;
      /** @description 揭榜挂帅的中标申请 */
      challengeApplicationId?: string;
      commission?: components['schemas']['CommissionDto'];
      /** @description 匹配结果的引用 */
      matchRef?: string;
      needId?: string;
      note?: string;
      parties: components['schemas']['DealPartyDto'][];
      /** @example 秸秆综合利用技术对接 */
      title: string;
    };
    OrgPageDto: {
      items: components['schemas']['OrgViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    OrgSettingsDto: {
      /** @description 本辖区发布的需求、成果是否需科技局审核后公开 */
      reviewListings: boolean;
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version?: number;
    };
    OrgVersionDto: {
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version?: number;
    };
    OrgViewDto: {
      address: string | null;
      contactEmail: string | null;
      contactName: string | null;
      contactPhone: string | null;
      createdAt: string;
      /** @description 统一社会信用代码 */
      creditCode: string;
      id: string;
      name: string;
      regionCode: string;
      rejectionReason: string | null;
      reviewListings: boolean;
      /** @description 被暂停的时间（暂停期间按未认证机构对待） */
      suspendedAt: string | null;
      suspensionReason: string | null;
      /** @enum {string} */
      type:
        | 'enterprise'
        | 'university'
        | 'research_institute'
        | 'broker_agency'
        | 'financial_institution'
        | 'bureau'
        | 'platform';
      /** @enum {string} */
      verificationStatus: 'pending' | 'verified' | 'rejected';
      verifiedAt: string | null;
      version: number;
    };
    PlaceBidDto: {
      /**
       * @description 出价（分）：首次不低于起拍价，此后不低于当前价加加价幅度
       * @example 10500000
       */
      amountFen: string;
    };
    PlacedBidDto: {
      amountFen: string;
      endsAt: string;
      extended: boolean;
      hash: string;
      lotId: string;
      placedAt: string;
      seq: number;
    };
    PolicyTargetPageDto: {
      items: components['schemas']['PolicyTargetViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    PolicyTargetViewDto: {
      /** @enum {string} */
      accumulation: 'annual' | 'cumulative' | 'level';
      /** @description “翻番”类目标的基数年份 */
      baseYear: number | null;
      /** @enum {string} */
      comparison: 'gt' | 'gte' | 'eq';
      /** @description 起算年份（累计和水平类目标：规划首年；年度目标：目标年份） */
      fromYear: number;
      id: number;
      indicatorCode: string;
      indicatorName: string;
      /** @enum {string|null} */
      perspective: 'absorption' | 'output' | 'registered' | null;
      /** @description 科技局新增的目标所属规划；预置目标为 null */
      planId: number | null;
      regionCode: string;
      sourceDoc: string;
      sourceQuote: string;
      targetYear: number;
      /** @enum {string} */
      unit: 'yuan' | 'count' | 'percent';
      /** @description 目标值（两位小数的文本；元、项或百分比） */
      value: string;
      /** @description 版本号（修订时提交） */
      version: number;
    };
    PreferenceViewDto: {
      /** @enum {string} */
      category:
        'account' | 'listings' | 'matching' | 'deals' | 'contracts' | 'deadlines' | 'operations' | 'vouchers' | 'loans';
      /** @description 事关账号本身的通知：邮件始终即时发送，不能调整 */
      essential: boolean;
      /** @description 类别的中文名 */
      label: string;
      /**
       * @description immediate 即时邮件，digest 每日摘要，off 不发邮件（站内通知始终保留）
       * @enum {string}
       */
      mail: 'immediate' | 'digest' | 'off';
    };
    PricePublicationSummaryDto: {
      /** @description 公示期后的第一天（自该日起可认定登记） */
      endOn: string;
      id: string;
      objectionCount: number;
      startOn: string;
    };
    ProgrammePageDto: {
      items: components['schemas']['ProgrammeViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ProgrammeProviderDto: {
      name: string;
      orgId: string;
      regionCode: string;
      regionName: string;
    };
    ProgrammeViewDto: {
      /** @description 通用通兑：接受其发放的创新券的地区 */
      acceptedRegions: components['schemas']['CodeNameDto'][];
      /** @description 可用余额（分） */
      availableFen: string;
      /** @description 预算（分） */
      budgetFen: string;
      capPerEnterpriseFen: string;
      categories: components['schemas']['CodeNameDto'][];
      closesOn: string;
      /** @description 适用企业名录（10 种名录之一） */
      eligibleKinds: components['schemas']['CodeNameDto'][];
      id: string;
      issuerName: string;
      issuerOrgId: string;
      name: string;
      opensOn: string;
      outsideProviders: boolean;
      providers: components['schemas']['ProgrammeProviderDto'][];
      /** @description 已兑付（分） */
      redeemedFen: string;
      regionCode: string;
      regionName: string;
      reservationDays: number;
      /** @description 已预留未兑付（分） */
      reservedFen: string;
      subsidyPercent: number;
    };
    ProvisionBureauDto: {
      /** @example 安徽省淮北市濉溪县 */
      address?: string;
      /** @description 首位管理员：邮件收到邀请链接后设置密码 */
      admin: components['schemas']['BureauAdminDto'];
      /** @example 张主任 */
      contactName?: string;
      /** @example 0561-3000000 */
      contactPhone?: string;
      /**
       * @description 机关的统一社会信用代码，或平台内部编码
       * @example 11340621MB1234567X
       */
      creditCode: string;
      /** @example 濉溪县科学技术局 */
      name: string;
      /**
       * @description 所在地区（平台：任意地区；科技局：本辖区的下级地区）
       * @example 340621
       */
      regionCode: string;
    };
    ProvisionedBureauDto: {
      admin: components['schemas']['UserViewDto'];
      inviteExpiresAt: string;
      /** @description 管理员邀请的一次性令牌（同时邮件发送） */
      inviteToken: string;
      org: components['schemas']['OrgViewDto'];
    };
    PublicationPageDto: {
      items: components['schemas']['PublicationViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    PublicationViewDto: {
      buyerName: string;
      contractId: string;
      endOn: string;
      id: string;
      /** @enum {string} */
      mode: 'transfer' | 'licence';
      objectionCount: number;
      priceFen: string;
      regionCode: string;
      sellerName: string;
      startOn: string;
      title: string;
    };
    PublicFiguresDto: {
      asOf: string;
      /** @description 公开金额所需的最少合同数 */
      minContracts: number;
      perspectives: components['schemas']['PublicPerspectiveDto'][];
      region: components['schemas']['PublicRegionDto'];
      targets: components['schemas']['PublicTargetDto'][];
    };
    PublicMonthDto: {
      /** @description YYYY-MM */
      month: string;
      totals: components['schemas']['PublicTotalsDto'];
    };
    PublicPerspectiveDto: {
      /**
       * @description 吸纳（买方在本地区）或输出（卖方在本地区）
       * @enum {string}
       */
      perspective: 'absorption' | 'output';
      /** @description 上年与本年 */
      years: components['schemas']['PublicYearDto'][];
    };
    PublicRegionDto: {
      code: string;
      name: string;
    };
    PublicSettingDto: {
      /** @description 是否向社会公开本地区的科技成果转化指标（汇总数据，不含单个合同） */
      published: boolean;
    };
    PublicSettingViewDto: {
      published: boolean;
      regionCode: string;
      regionName: string;
      /** @description ISO 8601 时间 */
      updatedAt: string | null;
    };
    PublicTargetDto: {
      /** @enum {string} */
      accumulation: 'annual' | 'cumulative' | 'level';
      /** @description 实际值（与目标同单位）；待填报时为 null */
      actual: string | null;
      awaiting: components['schemas']['TargetAwaitingDto'] | null;
      baseYear: number | null;
      /** @description 目标期已结束：状态为结果（达成/未达成） */
      closed: boolean;
      /** @enum {string} */
      comparison: 'gt' | 'gte' | 'eq';
      /** @description 台账数据：目标期内（截至目前）认定登记的合同数 */
      contracts: number | null;
      /** @description 计数的量词（项、家、个、人、次） */
      countWord: string | null;
      elapsedMonths: number;
      /** @description 目标期首月 YYYY-MM */
      fromMonth: string;
      fromYear: number;
      id: number;
      indicatorCode: string;
      indicatorName: string;
      /** @description 越少越好（清零类目标） */
      lowerIsBetter: boolean;
      /** @description 完成百分比，两位小数 */
      percentReached: string | null;
      projection: components['schemas']['TargetProjectionDto'] | null;
      regionCode: string;
      source: components['schemas']['TargetSourceDto'];
      sourceDoc: string;
      sourceQuote: string;
      /** @enum {string} */
      status: 'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
      /** @description 目标值：元（两位小数）、整数计数或百分比 */
      targetValue: string;
      targetYear: number;
      /** @description 目标期末月 YYYY-MM */
      toMonth: string;
      totalMonths: number;
      /** @enum {string} */
      unit: 'yuan' | 'count' | 'percent';
      /** @description 实际值因合同不足 3 项而不公开 */
      withheld: boolean;
    };
    PublicTotalsDto: {
      /** @description 合同成交额（分）；不足 3 项时不公开（null） */
      contractAmountFen: string | null;
      count: number;
      /** @description 技术交易额（分）；不足 3 项时不公开（null） */
      techAmountFen: string | null;
      /** @description 金额因合同不足 3 项而不公开 */
      withheld: boolean;
    };
    PublicYearDto: {
      months: components['schemas']['PublicMonthDto'][];
      /** @description 全年（本年为截至今日） */
      total: components['schemas']['PublicTotalsDto'];
      year: number;
    };
    PublishFormulaDto: {
      /**
       * @description 版本说明
       * @example 提高研发合作权重
       */
      note: string;
      /** @description 每个积分项的权重（须列全） */
      weights: components['schemas']['FormulaWeightDto'][];
    };
    PublishPriceDto: {
      /**
       * @description 公示天数（≥ 15）
       * @default 15
       */
      days: number;
      /** @description 公示开始日期（默认今天） */
      startOn?: string;
    };
    PushListingDto: {
      /**
       * @description 合作平台上的编号；同一合作方再次推送同一编号即更新
       * @example LY-2026-000123
       */
      externalId: string;
      /** @enum {string} */
      kind: 'need' | 'achievement' | 'challenge';
      /** @description 信息内容，字段同 POST /api/listings/{needs|achievements|challenges} */
      listing:
        | components['schemas']['CreateNeedDto']
        | components['schemas']['CreateAchievementDto']
        | components['schemas']['CreateChallengeDto'];
    };
    ReadAllResultDto: {
      /** @description 标为已读的条数 */
      updated: number;
    };
    RecoveryCodesDto: {
      /** @description 恢复码：只显示这一次，每个只能使用一次 */
      recoveryCodes: string[];
    };
    RefreshDto: {
      /** @description 登录或上次刷新时得到的刷新令牌（只能用一次） */
      refreshToken: string;
    };
    RegionDetailDto: {
      /** @description 由近及远：县 → 市 → 省 */
      ancestors: components['schemas']['RegionViewDto'][];
      childCount?: number;
      code: string;
      /** @enum {string} */
      level: 'province' | 'city' | 'county';
      name: string;
      parentCode: string | null;
      validFrom: string | null;
      validTo: string | null;
    };
    RegionExplanationDto: {
      commonRegionCode: string | null;
      /** @enum {string} */
      relation: 'same_region' | 'same_city' | 'same_province' | 'other';
    };
    RegionPageDto: {
      items: components['schemas']['RegionViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    RegionReportDto: {
      achievementsRegistered: number | null;
      /** @enum {string} */
      basis: 'reported' | 'amended';
      byField: components['schemas']['ReportContractRowDto'][];
      byType: components['schemas']['ReportContractRowDto'][];
      contractTotals: components['schemas']['ReportContractTotalsDto'];
      dealsByStage: components['schemas']['ReportCountDto'][];
      /** @description 定稿时间（截止点），ISO 8601 */
      frozenAt: string | null;
      generatedAt: string;
      /** @enum {string} */
      kind: 'quarterly' | 'annual';
      /** @description 匹配推送（对接提醒）条数 */
      matchesMade: number | null;
      matchFeedback: components['schemas']['ReportCountDto'][];
      needsCollected: number | null;
      period: components['schemas']['StatsPeriodDto'];
      region: components['schemas']['StatsRegionRefDto'];
      /** @description 路演活动：举办场次、报名、到场、路演后达成的对接项目 */
      roadshows: components['schemas']['ReportCountDto'][];
      /**
       * @description preliminary：本期未结束；frozen：按首次生成时定稿；amended：按最新更正
       * @enum {string}
       */
      state: 'preliminary' | 'frozen' | 'amended';
      stateText: string;
      targets: components['schemas']['ReportTargetDto'][];
      /** @description 目标进度的计算日期 */
      targetsAsOf: string;
      title: string;
      topBuyers: components['schemas']['ReportOrganisationDto'][];
      topSellers: components['schemas']['ReportOrganisationDto'][];
    };
    RegionViewDto: {
      childCount?: number;
      code: string;
      /** @enum {string} */
      level: 'province' | 'city' | 'county';
      name: string;
      parentCode: string | null;
      validFrom: string | null;
      validTo: string | null;
    };
    RegisterBidderDto: {
      /**
       * @description 已阅读并接受竞买须知（必须为 true）
       * @enum {boolean}
       */
      acceptTerms: true;
    };
    RegisterRoadshowDto: {
      /**
       * @description 确认报名（必须为 true）
       * @enum {boolean}
       */
      confirm: true;
    };
    RegistrationViewDto: {
      bidder: string;
      bidderNo: number;
      bidderOrgId: string | null;
      depositConfirmed: boolean;
      depositConfirmedAt: string | null;
      depositReference: string | null;
      registeredAt: string;
      termsSha256: string;
    };
    RegistryEntryPageDto: {
      items: components['schemas']['RegistryEntryViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    RegistryEntryViewDto: {
      certificateNo: string | null;
      creditCode: string | null;
      enteredAt: string;
      host: string | null;
      id: string;
      /**
       * @description 名录类别（与规划指标的名录口径相同）
       * @enum {string}
       */
      kind:
        | 'high_tech_enterprise'
        | 'tech_sme'
        | 'pilot_base'
        | 'transfer_center'
        | 'transfer_park'
        | 'innovation_platform'
        | 'common_rd_platform'
        | 'tech_innovation_center'
        | 'sci_tech_commissioner'
        | 'commissioner_team';
      kindName: string;
      name: string;
      recognisedOn: string;
      regionCode: string;
      regionName: string;
      validUntil: string | null;
      /** @description 误登记而撤销的条目：不再计数 */
      withdrawn: components['schemas']['RegistryWithdrawalDto'] | null;
    };
    RegistryWithdrawalDto: {
      /** @description 撤销时间（ISO 8601） */
      at: string;
      reason: string;
    };
    RejectContractDto: {
      comment?: string;
      /**
       * @description 不予登记理由代码
       * @example incomplete_content
       */
      reasonCode: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version?: number;
    };
    RejectDto: {
      /**
       * @description 驳回理由
       * @example 联系方式不完整
       */
      reason: string;
      /**
       * @description 读取时的版本号（乐观锁）；版本已变化时返回 409
       * @example 1
       */
      version: number;
    };
    RejectOrgDto: {
      /** @example 营业执照与填报名称不一致 */
      reason: string;
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version?: number;
    };
    RelistDto: {
      /** @description 重新挂牌说明 */
      changeNote?: string;
      /** @description 挂牌期（工作日） */
      periodWorkingDays?: number;
      /**
       * @description 新的挂牌价（分）；默认沿用
       * @example 10000000
       */
      priceFen?: string;
    };
    ReplaceCalendarYearDto: {
      /** @description 该年全部放假日和调休上班日（按国务院办公厅通知） */
      days: components['schemas']['CalendarDayDto'][];
    };
    ReplaceSynonymsDto: {
      groups: components['schemas']['SynonymGroupDto'][];
    };
    ReportContractRowDto: {
      /** @description 吸纳（按买方所在地） */
      absorption: components['schemas']['StatsTotalsDto'];
      key: string;
      name: string;
      /** @description 输出（按卖方所在地） */
      output: components['schemas']['StatsTotalsDto'];
      /** @description 登记（按登记机构所在地） */
      registered: components['schemas']['StatsTotalsDto'];
    };
    ReportContractTotalsDto: {
      absorption: components['schemas']['StatsTotalsDto'];
      output: components['schemas']['StatsTotalsDto'];
      registered: components['schemas']['StatsTotalsDto'];
    };
    ReportCountDto: {
      /** @description 提供该数据的模块未接入时为 null */
      count: number | null;
      key: string;
      name: string;
    };
    ReportedAttachmentDto: {
      /** @description 文件内容（Base64），解码后不超过 64 KB */
      contentBase64: string;
      /** @example 2025年国有企业研发投入统计表.pdf */
      fileName: string;
    };
    ReportedFigurePageDto: {
      items: components['schemas']['ReportedFigureViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ReportedFigureViewDto: {
      approvedAt: string | null;
      approvedBy: string | null;
      attachmentName: string | null;
      enteredAt: string;
      enteredBy: string;
      id: string;
      indicatorCode: string;
      indicatorName: string;
      /** @description 本人填报（不能由本人审核） */
      mine: boolean;
      reason: string | null;
      regionCode: string;
      sourceDepartment: string;
      sourceDocument: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'superseded';
      /** @enum {string} */
      unit: 'yuan' | 'count' | 'percent';
      /** @description 数值（元两位小数、整数计数或百分比） */
      value: string;
      version: number;
      year: number;
    };
    ReportOrganisationDto: {
      /** @description 合同成交额（分） */
      contractAmountFen: string;
      count: number;
      /** @description 登记时的单位名称 */
      name: string;
      rank: number;
      /** @description 技术交易额（分） */
      techAmountFen: string;
    };
    ReportTargetDto: {
      actual: string | null;
      goal: string;
      /**
       * @description period：本年度目标；span：累计或跨年度目标
       * @enum {string}
       */
      group: 'period' | 'span';
      indicatorName: string;
      percentReached: string | null;
      source: string;
      /** @enum {string} */
      status: 'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
      statusText: string;
    };
    RequestRedemptionDto: {
      /**
       * Format: uuid
       * @description 已认定登记的技术合同（买方为本企业、卖方为服务机构）
       */
      contractId?: string;
      /**
       * @description 无合同时：服务凭证
       * @example 检测报告编号 JC-2026-0012，发票号 0045
       */
      evidence?: string;
      /**
       * @description 无合同时：实际服务金额（分）
       * @example 10000000
       */
      serviceFen?: string;
    };
    ReviseListedSaleDto: {
      /**
       * @description 修改说明（公开显示在版本记录中）
       * @example 补充专利年费缴纳情况
       */
      changeNote?: string;
      /**
       * @description 保证金（分）；有意向受让方后不能修改
       * @example 10000000
       */
      depositFen?: string;
      /** @description 项目介绍 */
      description?: string;
      /**
       * @description 交易方式
       * @enum {string}
       */
      mode?: 'transfer' | 'licence';
      /**
       * @description 挂牌价（分）；有意向受让方后不能修改
       * @example 10000000
       */
      priceFen?: string;
      /** @description 交易条件；有意向受让方后不能修改 */
      terms?: string;
      /** @description 挂牌名称 */
      title?: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    ReviseTargetDto: {
      /** @enum {string} */
      accumulation?: 'annual' | 'cumulative' | 'level';
      baseYear?: number | null;
      /** @enum {string} */
      comparison?: 'gt' | 'gte' | 'eq';
      fromYear?: number;
      /** @example 市政府常务会议调整目标 */
      reason: string;
      targetYear?: number;
      /** @example 350 */
      value?: string;
      /**
       * @description 读取时的版本号
       * @example 1
       */
      version: number;
    };
    RoadshowAttendanceDto: {
      /** @description 是否到场 */
      attended: boolean;
      /** @description 报名机构 ID */
      orgIds: string[];
    };
    RoadshowDealDto: {
      /**
       * Format: uuid
       * @description 路演后达成的对接项目 ID
       */
      dealId: string;
    };
    RoadshowItemRefDto: {
      /**
       * Format: uuid
       * @description 成果或标的 ID
       */
      id: string;
      /**
       * @description achievement：科技成果；auction：竞价标的
       * @enum {string}
       */
      kind: 'achievement' | 'auction';
    };
    RoadshowItemViewDto: {
      id: string;
      /** @enum {string} */
      kind: 'achievement' | 'auction';
      /** @description 推介方（成果或标的所属机构） */
      presenterName: string;
      title: string;
    };
    RoadshowPageDto: {
      items: components['schemas']['RoadshowViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    RoadshowParticipantsDto: {
      attendedCount: number;
      /** @description 登记为路演成果的对接项目 ID */
      dealIds: string[];
      registrations: components['schemas']['RoadshowRegistrationViewDto'][];
    };
    RoadshowRegistrationViewDto: {
      /** @description 是否到场（null：尚未登记） */
      attended: boolean | null;
      orgId: string;
      orgName: string;
      registeredAt: string;
    };
    RoadshowVersionDto: {
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    RoadshowViewDto: {
      cancelReason: string | null;
      capacity: number | null;
      description: string;
      endsAt: string;
      /** @enum {string} */
      format: 'online' | 'venue' | 'hybrid';
      formatText: string;
      id: string;
      items: components['schemas']['RoadshowItemViewDto'][];
      /** @description 本机构是主办方 */
      mine: boolean;
      /** @description 线上参会链接：主办方、报名机构、科技局和平台可见，其他人为 null */
      onlineUrl: string | null;
      organiserName: string;
      organiserOrgId: string;
      /**
       * @description 按服务器时间：草稿、报名中、进行中、已结束、已取消
       * @enum {string}
       */
      phase: 'draft' | 'upcoming' | 'ongoing' | 'ended' | 'cancelled';
      phaseText: string;
      regionCode: string;
      /** @description 本机构是否已报名（未登录或主办方为 null） */
      registered: boolean | null;
      registeredCount: number;
      startsAt: string;
      /** @enum {string} */
      status: 'draft' | 'published' | 'cancelled';
      title: string;
      venue: string | null;
      version: number;
    };
    RoutesResultDto: {
      period: components['schemas']['StatsPeriodDto'];
      /** @enum {string} */
      perspective: 'absorption' | 'output' | 'registered';
      region: components['schemas']['StatsRegionRefDto'];
      rows: components['schemas']['StatsRouteRowDto'][];
      /** @description 各行之和 */
      total: components['schemas']['StatsTotalsDto'];
    };
    SaleNoticeDto: {
      endsAt: string;
      id: string;
      /**
       * @description sold 成交；unsold 流拍（竞价）或流标（挂牌）
       * @enum {string}
       */
      outcome: 'sold' | 'unsold';
      priceFen: string | null;
      publishedAt: string;
      /** @enum {string} */
      route: 'listing' | 'auction';
      sellerName: string;
      sellerRegionCode: string;
      sourceId: string;
      title: string;
      /** @description 买受人；卖方选择匿名时为空 */
      winnerName: string | null;
      winnerShown: boolean;
    };
    SaleNoticePageDto: {
      items: components['schemas']['SaleNoticeDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ScoreLineDto: {
      /** @enum {string} */
      input: 'buyer_contracts' | 'buyer_amount_wan' | 'rd_contracts' | 'high_tech_enterprise' | 'tech_sme' | 'awards';
      name: string;
      /** @description 该项得分 */
      points: number;
      source: string;
      /** @description 输入值（暂无数据来源的项为“暂无数据来源”） */
      valueText: string;
      weightText: string;
    };
    ScoreViewDto: {
      currentVersion: number;
      enterpriseName: string;
      enterpriseOrgId: string;
      lines: components['schemas']['ScoreLineDto'][];
      score: number;
      /** @description 计算所用的公式版本 */
      version: number;
      versionNote: string;
    };
    SearchItemDto: {
      /** @enum {string} */
      achievementType?: 'applied' | 'basic' | 'soft';
      anonymous: boolean;
      budgetMaxFen?: number | null;
      budgetMinFen?: number | null;
      cooperationModes?: (
        | 'commissioned_development'
        | 'cooperative_development'
        | 'transfer'
        | 'licence'
        | 'consulting'
        | 'service'
        | 'other'
      )[];
      deadline?: string | null;
      description: string;
      highlight: components['schemas']['HighlightDto'];
      id: string;
      industry?: string | null;
      keywords: string[];
      /** @enum {string} */
      kind: 'need' | 'achievement' | 'challenge';
      negotiable?: boolean;
      orgId?: string;
      orgName?: string;
      /** @enum {string} */
      orgType:
        | 'enterprise'
        | 'university'
        | 'research_institute'
        | 'broker_agency'
        | 'financial_institution'
        | 'bureau'
        | 'platform';
      /** @description 价格、预算上限或榜额（分）；面议为 null */
      priceFen: number | null;
      /** @description 发布时间（毫秒） */
      publishedAt: number;
      regionCode: string;
      registryNumber?: string | null;
      /** @description 榜额（分） */
      rewardFen?: number;
      techFieldCode: string;
      title: string;
      transferModes?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
      /** @description 技术就绪度 1–9 */
      trl?: number;
      version: number;
    };
    SearchResultDto: {
      /** @description 分面：属性 → 取值 → 条数 */
      facets: {
        [key: string]: {
          [key: string]: number;
        };
      };
      items: components['schemas']['SearchItemDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SetCommissionDto: {
      /** @enum {string} */
      basis?: 'contract_amount' | 'tech_amount' | 'net_income';
      /**
       * @description 固定佣金（分，字符串）
       * @example 500000
       */
      fixedFen?: string;
      note?: string;
      /**
       * @description 佣金比例（%）
       * @example 3
       */
      percent?: number;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    SetListingPeriodDto: {
      /** @description 本辖区最短挂牌期（工作日） */
      workingDays: number;
    };
    SetPreferenceDto: {
      /**
       * @description 通知类别
       * @enum {string}
       */
      category:
        'account' | 'listings' | 'matching' | 'deals' | 'contracts' | 'deadlines' | 'operations' | 'vouchers' | 'loans';
      /**
       * @description immediate 即时邮件，digest 每日摘要，off 不发邮件
       * @enum {string}
       */
      mail: 'immediate' | 'digest' | 'off';
    };
    SetRoadshowItemsDto: {
      /** @description 推介项目（按顺序，最多 50 项；已公开发布的成果或竞价标的） */
      items: components['schemas']['RoadshowItemRefDto'][];
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    SignUpAdminDto: {
      /** @example 王强 */
      displayName: string;
      /** @example user@example.cn */
      email: string;
      /**
       * @description ≥ 8 位，含大写、小写、数字、特殊字符中的至少三类，最长 128 位
       * @example Demo@2026
       */
      password: string;
      /** @example 13800000001 */
      phone?: string;
    };
    SignUpDto: {
      admin: components['schemas']['SignUpAdminDto'];
      org: components['schemas']['SignUpOrgDto'];
    };
    SignUpOrgDto: {
      /** @example 安徽省淮北市相山区 */
      address?: string;
      /** @example contact@example.cn */
      contactEmail?: string;
      /** @example 张经理 */
      contactName?: string;
      /** @example 13800000000 */
      contactPhone?: string;
      /**
       * @description 统一社会信用代码（18 位，GB 32100-2015 校验）
       * @example 914403001922038216
       */
      creditCode: string;
      /** @example 淮北市某某新材料有限公司 */
      name: string;
      /**
       * @description 所在地行政区划代码
       * @example 340600
       */
      regionCode: string;
      /**
       * @description 机构类型（科技局由平台或上级科技局开通，平台运营机构不能自行注册）
       * @example enterprise
       * @enum {string}
       */
      type:
        | 'enterprise'
        | 'university'
        | 'research_institute'
        | 'broker_agency'
        | 'financial_institution'
        | 'bureau'
        | 'platform';
    };
    StatsGroupRowDto: {
      /** @description 合同成交额（分） */
      contractAmountFen: string;
      count: number;
      key: string;
      name: string;
      /** @description 技术交易额（分） */
      techAmountFen: string;
    };
    StatsPeriodDto: {
      /** @description 如 2025-Q3、2025-07、2025、2025-ytd */
      code: string;
      fromMonth: string;
      /** @enum {string} */
      kind: 'month' | 'quarter' | 'year' | 'ytd' | 'years';
      /** @description 如 2025年第3季度 */
      label: string;
      toMonth: string;
      year: number;
    };
    StatsRegionRefDto: {
      /** @description null：全国 */
      code: string | null;
      name: string;
    };
    StatsRouteRowDto: {
      /** @description 合同成交额（分） */
      contractAmountFen: string;
      count: number;
      name: string;
      /**
       * @description 定价方式；unknown 为导入数据未记录
       * @enum {string}
       */
      route: 'agreement' | 'listing' | 'auction' | 'unknown';
      /** @description 技术交易额（分） */
      techAmountFen: string;
    };
    StatsTotalsDto: {
      /** @description 合同成交额（分） */
      contractAmountFen: string;
      count: number;
      /** @description 技术交易额（分） */
      techAmountFen: string;
    };
    SummaryResultDto: {
      /** @enum {string} */
      groupBy: 'child-region' | 'type' | 'field' | 'month';
      period: components['schemas']['StatsPeriodDto'];
      /** @enum {string} */
      perspective: 'absorption' | 'output' | 'registered';
      region: components['schemas']['StatsRegionRefDto'];
      rows: components['schemas']['StatsGroupRowDto'][];
      /** @description 各行之和 */
      total: components['schemas']['StatsTotalsDto'];
    };
    SupervisedLotPageDto: {
      items: components['schemas']['SupervisedLotViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SupervisedLotViewDto: {
      bidderCount: number;
      depositFen: string;
      endsAt: string;
      lotId: string;
      /** @description 保证金待确认的竞买人数 */
      pendingDeposits: number;
      /** @enum {string} */
      phase: 'draft' | 'scheduled' | 'open' | 'ended' | 'sold' | 'unsold' | 'withdrawn';
      sellerName: string;
      sellerRegionCode: string;
      startsAt: string;
      title: string;
    };
    SuspendOrgDto: {
      /** @example 多次发布虚假成果信息，暂停待核查 */
      reason: string;
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version?: number;
    };
    SynonymGroupDto: {
      /** @example 简称/全称 */
      note?: string;
      /**
       * @example [
       *       "锂电池",
       *       "锂离子电池"
       *     ]
       */
      terms: string[];
    };
    SynonymGroupViewDto: {
      id: number;
      note: string | null;
      terms: string[];
    };
    TargetAwaitingDto: {
      /** @enum {string} */
      role: 'bureau_staff';
      roleName: string;
    };
    TargetHistoryDto: {
      revisions: components['schemas']['TargetRevisionViewDto'][];
      target: components['schemas']['PolicyTargetViewDto'];
    };
    TargetPlanViewDto: {
      createdAt: string;
      document: string;
      fromYear: number;
      id: number;
      regionCode: string;
      title: string;
      toYear: number;
    };
    TargetProgressDto: {
      /** @enum {string} */
      accumulation: 'annual' | 'cumulative' | 'level';
      /** @description 实际值（与目标同单位）；待填报时为 null */
      actual: string | null;
      awaiting: components['schemas']['TargetAwaitingDto'] | null;
      baseYear: number | null;
      /** @description 目标期已结束：状态为结果（达成/未达成） */
      closed: boolean;
      /** @enum {string} */
      comparison: 'gt' | 'gte' | 'eq';
      /** @description 台账数据：目标期内（截至目前）认定登记的合同数 */
      contracts: number | null;
      /** @description 计数的量词（项、家、个、人、次） */
      countWord: string | null;
      elapsedMonths: number;
      /** @description 目标期首月 YYYY-MM */
      fromMonth: string;
      fromYear: number;
      id: number;
      indicatorCode: string;
      indicatorName: string;
      /** @description 越少越好（清零类目标） */
      lowerIsBetter: boolean;
      /** @description 完成百分比，两位小数 */
      percentReached: string | null;
      projection: components['schemas']['TargetProjectionDto'] | null;
      regionCode: string;
      source: components['schemas']['TargetSourceDto'];
      sourceDoc: string;
      sourceQuote: string;
      /** @enum {string} */
      status: 'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
      /** @description 目标值：元（两位小数）、整数计数或百分比 */
      targetValue: string;
      targetYear: number;
      /** @description 目标期末月 YYYY-MM */
      toMonth: string;
      totalMonths: number;
      /** @enum {string} */
      unit: 'yuan' | 'count' | 'percent';
    };
    TargetProjectionDto: {
      /** @enum {string} */
      method: 'linear' | 'seasonal' | 'from-base';
      methodText: string;
      /** @description 推算的期末值（与目标同单位） */
      value: string;
    };
    TargetRevisionViewDto: {
      accumulation: string;
      baseYear: number | null;
      comparison: string;
      fromYear: number;
      reason: string;
      revisedAt: string;
      revisedBy: string;
      targetYear: number;
      value: string;
      /** @description 被取代的版本 */
      version: number;
    };
    TargetSourceDto: {
      /**
       * @description 数据来源：技术合同登记台账、平台记录或填报
       * @enum {string}
       */
      kind: 'ledger' | 'records' | 'reported';
      label: string;
      /** @description 平台记录的计数口径（名录种类等） */
      measure: string | null;
      /** @description 平台记录由哪些部分组成；填报数据的来源文件 */
      parts: string[];
    };
    TargetsResultDto: {
      asOf: string;
      items: components['schemas']['TargetProgressDto'][];
      region: components['schemas']['StatsRegionRefDto'];
    };
    TeamMemberDto: {
      /** @example 李教授 */
      name: string;
      /** @example 教授 */
      title?: string;
    };
    TimeLimitDto: {
      /** @example 15 */
      workingDays: number;
    };
    TokenPairDto: {
      accessToken: string;
      /**
       * @description 访问令牌有效秒数
       * @example 900
       */
      expiresIn: number;
      refreshToken: string;
      /** @example Bearer */
      tokenType: string;
    };
    TotpCodeDto: {
      /** @example 123456 */
      code: string;
    };
    TransferModeExplanationDto: {
      common: string[];
      /** @enum {string} */
      fit: 'match' | 'no_match' | 'unknown';
    };
    TrlExplanationDto: {
      /** @enum {string} */
      fit: 'ready' | 'pilot' | 'early' | 'unknown';
      value: number | null;
    };
    UnreadCountDto: {
      unread: number;
    };
    UnsubscribeDto: {
      /** @description 邮件中退订链接所带的令牌 */
      token: string;
    };
    UpdateAchievementDto: {
      /**
       * @description applied 应用技术 / basic 基础理论 / soft 软科学
       * @enum {string}
       */
      achievementType?: 'applied' | 'basic' | 'soft';
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description?: string;
      ipItems?: components['schemas']['IpItemDto'][];
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 价格面议
       * @default false
       */
      negotiable: boolean;
      /**
       * @description 转让价格；面议时可不填（单位：分，整数）
       * @example 50000000
       */
      priceFen?: number;
      /**
       * @description 成果登记号（12 位）
       * @example 34120250001
       */
      registryNumber?: string;
      team?: components['schemas']['TeamMemberDto'][];
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode?: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title?: string;
      transferModes?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
      /**
       * @description 技术成熟度 TRL（GB/T 22900-2022）
       * @example 6
       */
      trl?: number;
      /**
       * @description 读取时的版本号（乐观锁）；版本已变化时返回 409
       * @example 1
       */
      version: number;
    };
    UpdateChallengeDto: {
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      /** @example 2030-12-31 */
      deadline?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description?: string;
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 榜单奖励（分）
       * @example 100000000
       */
      rewardFen?: number;
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode?: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title?: string;
      /**
       * @description 读取时的版本号（乐观锁）；版本已变化时返回 409
       * @example 1
       */
      version: number;
    };
    UpdateContractDto: {
      achievementId?: string;
      benefit?: components['schemas']['BenefitDto'];
      buyer?: components['schemas']['ContractPartyDto'];
      /**
       * @description 合同成交额，以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）
       * @example 50000000
       */
      contractAmountFen?: string;
      /**
       * @description 合同子类型，按签订日期有效的代码表
       * @example transfer.patent
       */
      contractSubtypeCode?: string;
      /**
       * @description 合同类型（可省略，由子类型确定）
       * @example transfer
       */
      contractTypeCode?: string;
      /** @description 来源对接项目（须已签约） */
      dealId?: string;
      /** @description 中介方；由对接项目生成时缺省为经纪机构 */
      intermediary?: components['schemas']['ContractPartyDto'];
      needId?: string;
      /**
       * @description 是否协议定价（高校、院所的转让/许可须公示 15 日）
       * @default false
       */
      negotiatedPrice: boolean;
      seller?: components['schemas']['ContractPartyDto'];
      /** @example 2025-06-18 */
      signedOn?: string;
      /**
       * @description 技术交易额（≤ 合同成交额），以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）
       * @example 45000000
       */
      techAmountFen?: string;
      /**
       * @description 技术领域代码
       * @example 05
       */
      techFieldCode?: string;
      /** @example 2027-06-30 */
      termEnd?: string;
      /** @example 2025-07-01 */
      termStart?: string;
      /** @example 锂电池正极材料技术转让合同 */
      title?: string;
      /**
       * @description 乐观锁版本号
       * @example 1
       */
      version: number;
    };
    UpdateLotDto: {
      /**
       * Format: uuid
       * @description 所竞价的本机构科技成果；null 取消关联
       */
      achievementId?: Record<string, never> | null;
      antiSnipingMinutes?: number;
      /**
       * @description 保证金（分）
       * @example 10000000
       */
      depositFen?: string;
      /** @description 标的介绍 */
      description?: string;
      /**
       * Format: date-time
       * @description 竞价结束时间
       */
      endsAt?: string;
      /**
       * @description 加价幅度（分）
       * @example 10000000
       */
      incrementFen?: string;
      /**
       * @description 保留价（分）；null 取消保留价；首次出价后不能修改
       * @example 10000000
       */
      reservePriceFen?: string | null;
      /** @description 是否公开保留价；首次出价后不能修改 */
      reserveShown?: boolean;
      /**
       * @description 起拍价（分）
       * @example 10000000
       */
      startingPriceFen?: string;
      /**
       * Format: date-time
       * @description 竞价开始时间
       */
      startsAt?: string;
      /** @description 标的名称 */
      title?: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
      /** @description 成交公告是否隐去买受人名称（发布后不能修改） */
      winnerAnonymous?: boolean;
    };
    UpdateNeedDto: {
      /**
       * @description 匿名发布：企业名称仅对本单位、其经纪人和主管科技局可见
       * @default false
       */
      anonymous: boolean;
      /**
       * @description 预算上限（单位：分，整数）
       * @example 50000000
       */
      budgetMaxFen?: number;
      /**
       * @description 预算下限（单位：分，整数）
       * @example 50000000
       */
      budgetMinFen?: number;
      /** @example 王工 */
      contactName?: string;
      /** @example 0558-1234567 */
      contactPhone?: string;
      cooperationModes?: (
        | 'commissioned_development'
        | 'cooperative_development'
        | 'transfer'
        | 'licence'
        | 'consulting'
        | 'service'
        | 'other'
      )[];
      /** @example 2030-12-31 */
      deadline?: string;
      /** @description 详细描述 / 成果简介 / 榜单问题 */
      description?: string;
      /** @example 汽车零部件 */
      industry?: string;
      /**
       * @example [
       *       "锂电池",
       *       "梯次利用"
       *     ]
       */
      keywords?: string[];
      /**
       * @description 技术领域代码（见 /api/tech-fields）
       * @example 06
       */
      techFieldCode?: string;
      /** @example 动力锂电池梯次利用检测技术 */
      title?: string;
      /**
       * @description 读取时的版本号（乐观锁）；版本已变化时返回 409
       * @example 1
       */
      version: number;
      /**
       * @description public 所有人可见；verified 仅认证单位可见
       * @default public
       * @enum {string}
       */
      visibility: 'public' | 'verified';
    };
    UpdateOrgDto: {
      /** @example 安徽省淮北市杜集区… */
      address?: Record<string, never> | null;
      /** @example contact@example.cn */
      contactEmail?: Record<string, never> | null;
      /** @example 张伟 */
      contactName?: Record<string, never> | null;
      /** @example 0561-3000000 */
      contactPhone?: Record<string, never> | null;
      /** @example 淮北矿业新材料科技有限公司 */
      name?: string;
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version: number;
    };
    UpdateRegistrationDto: {
      /** @example 安徽省淮北市相山区 */
      address?: string;
      /** @example contact@example.cn */
      contactEmail?: string;
      /** @example 张经理 */
      contactName?: string;
      /** @example 13800000000 */
      contactPhone?: string;
      /**
       * @description 统一社会信用代码（18 位，GB 32100-2015 校验）
       * @example 914403001922038216
       */
      creditCode?: string;
      /** @example 淮北市某某新材料有限公司 */
      name?: string;
      /**
       * @description 所在地区（科技局不能修改）
       * @example 340602
       */
      regionCode?: string;
      /**
       * @description 乐观锁：读取时的版本号
       * @example 1
       */
      version?: number;
    };
    UpdateRoadshowDto: {
      capacity?: Record<string, never> | null;
      /** @description 路演介绍 */
      description?: string;
      /**
       * Format: date-time
       * @description 结束时间
       */
      endsAt?: string;
      /** @enum {string} */
      format?: 'online' | 'venue' | 'hybrid';
      /** @description 线上参会链接 */
      onlineUrl?: Record<string, never> | null;
      /**
       * Format: date-time
       * @description 开始时间
       */
      startsAt?: string;
      /** @description 路演名称 */
      title?: string;
      /** @description 举办地点 */
      venue?: Record<string, never> | null;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    UserOrgBriefDto: {
      id: string;
      name: string;
      regionCode: string;
      /** @enum {string} */
      type:
        | 'enterprise'
        | 'university'
        | 'research_institute'
        | 'broker_agency'
        | 'financial_institution'
        | 'bureau'
        | 'platform';
    };
    UserPageDto: {
      items: components['schemas']['UserViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    UserViewDto: {
      createdAt: string;
      displayName: string;
      email: string;
      id: string;
      lastLoginAt: string | null;
      /** @description 因密码错误被锁定到何时（未锁定为 null） */
      lockedUntil: string | null;
      orgId: string;
      /** @description 管理员已重置密码，用户尚未设置新密码 */
      passwordResetRequired: boolean;
      phone: string | null;
      roles: ('org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin')[];
      /** @enum {string} */
      status: 'invited' | 'active' | 'disabled';
      totpEnabled: boolean;
      version: number;
    };
    VoucherApplyDto: {
      /**
       * @description 服务类别
       * @example testing
       * @enum {string}
       */
      category: 'tech_transfer' | 'testing' | 'training' | 'instrument_sharing' | 'rd_design' | 'ip_services';
      /**
       * @description 计划购买服务的金额（分）；补助按项目比例计算
       * @example 10000000
       */
      plannedFen: string;
      /**
       * Format: uuid
       * @description 服务机构 ID（须经项目批准）
       */
      providerOrgId: string;
      /**
       * @description 服务内容
       * @example 委托检测新型电池材料的循环寿命
       */
      purpose: string;
    };
    VoucherChildFiguresDto: {
      approvedCount: number;
      approvedFen: string;
      redeemedCount: number;
      redeemedEnterprises: number;
      redeemedFen: string;
      regionCode: string;
      regionName: string;
      /** @description 通用通兑：本地服务机构承接的外地创新券（张） */
      servedCount: number;
      servedFen: string;
    };
    VoucherFiguresDto: {
      approvedCount: number;
      approvedFen: string;
      redeemedCount: number;
      redeemedEnterprises: number;
      redeemedFen: string;
      /** @description 通用通兑：本地服务机构承接的外地创新券（张） */
      servedCount: number;
      servedFen: string;
    };
    VoucherPageDto: {
      items: components['schemas']['VoucherViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    VoucherPeriodDto: {
      code: string;
      label: string;
    };
    VoucherStatsDto: {
      children: components['schemas']['VoucherChildFiguresDto'][];
      period: components['schemas']['VoucherPeriodDto'];
      region: components['schemas']['VoucherStatsRegionDto'];
      totals: components['schemas']['VoucherFiguresDto'];
    };
    VoucherStatsRegionDto: {
      code: string | null;
      name: string;
    };
    VoucherViewDto: {
      appliedAt: string;
      /** @description 批准并预留的金额（分） */
      approvedFen: string | null;
      category: string;
      categoryName: string;
      contractId: string | null;
      decidedAt: string | null;
      decisionNote: string | null;
      enterpriseName: string;
      enterpriseOrgId: string;
      evidence: string | null;
      /** @description 预留额度的最后一天 */
      expiresOn: string | null;
      /** @description 通用通兑：承接服务的外地项目所在地区 */
      hostRegionCode: string | null;
      hostRegionName: string | null;
      id: string;
      issuerRegionCode: string;
      issuerRegionName: string;
      plannedFen: string;
      programmeId: string;
      programmeName: string;
      providerName: string;
      providerOrgId: string;
      purpose: string;
      redeemedAt: string | null;
      redeemedFen: string | null;
      /** @description 兑付申请被退回的原因 */
      redemptionNote: string | null;
      redemptionRequestedAt: string | null;
      /** @description 申请的补助（分） */
      requestedFen: string;
      serviceFen: string | null;
      /** @enum {string} */
      status: 'applied' | 'rejected' | 'approved' | 'redemption_requested' | 'redeemed' | 'expired';
      statusName: string;
      subsidyPercent: number;
      year: number;
    };
    WebhookPageDto: {
      items: components['schemas']['WebhookViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    WebhookViewDto: {
      createdAt: string;
      description: string | null;
      disabledAt: string | null;
      events: ('listing.published' | 'listing.changed' | 'listing.withdrawn')[];
      id: string;
      url: string;
    };
    WithdrawListedSaleDto: {
      /**
       * @description 撤回理由（必填）
       * @example 专利权属正在变更，暂停挂牌
       */
      reason: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    WithdrawLotDto: {
      /**
       * @description 撤回理由
       * @example 专利权属正在变更，暂停竞价
       */
      reason: string;
      /**
       * @description 读取时的版本号（乐观锁）
       * @example 1
       */
      version: number;
    };
    WithdrawRegistryEntryDto: {
      /**
       * @description 撤销原因
       * @example 证书编号录入错误，已重新登记
       */
      reason: string;
    };
    WorkCalendarYearViewDto: {
      days: components['schemas']['CalendarDayViewDto'][];
      /** @description 日历已录入的年份；其他年份只按周一至周五计算 */
      loadedYears: number[];
      /** @description 十二月仍未录入下一年的节假日安排 */
      nextYearMissing: boolean;
      year: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  MatchingController_forAchievement: {
    parameters: {
      query?: {
        limit?: number;
        /** @description 地区（含下级） */
        region?: string;
        /** @description 技术领域代码，可多选 */
        techField?: string[];
        /** @description 转化方式，可多选（仅对成果） */
        transferMode?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
        /** @description 技术成熟度上限（仅对成果） */
        trlMax?: number;
        /** @description 技术成熟度下限（仅对成果） */
        trlMin?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResultDto'][];
        };
      };
    };
  };
  MailDeliveriesController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryFailurePageDto'];
        };
      };
    };
  };
  AdminUsersController_list: {
    parameters: {
      query?: {
        /** @description true 只看已停用的账号；false 只看未停用的（正常、待激活） */
        disabled?: boolean;
        /** @description 只看该机构的用户 */
        orgId?: string;
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 姓名、邮箱或手机号关键字 */
        q?: string;
        /** @description 只看具有该角色的用户 */
        role?: 'org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryUserPageDto'];
        };
      };
    };
  };
  AdminUsersController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  AdminUsersController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  AdminUsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  AdminUsersController_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  AuctionsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        status?: 'published' | 'sold' | 'unsold' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotPageDto'];
        };
      };
    };
  };
  AuctionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLotDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotViewDto'];
        };
      };
    };
  };
  AuctionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotViewDto'];
        };
      };
    };
  };
  AuctionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLotDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotViewDto'];
        };
      };
    };
  };
  AuctionsController_bids: {
    parameters: {
      query?: {
        /** @description 只返回序号大于此值的出价（断线重连补齐） */
        afterSeq?: number;
        /** @description 最多返回条数（1–500） */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BidHistoryDto'];
        };
      };
    };
  };
  AuctionsController_bid: {
    parameters: {
      query?: never;
      header: {
        /** @description 8–128 个字母、数字或 . _ : - 字符；重试时使用同一个键，48 小时内返回首次结果 */
        'Idempotency-Key': string;
      };
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlaceBidDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacedBidDto'];
        };
      };
    };
  };
  AuctionsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerdictDto'];
        };
      };
    };
  };
  AuctionsController_confirmDeposit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmDepositDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationViewDto'];
        };
      };
    };
  };
  AuctionsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LotVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotViewDto'];
        };
      };
    };
  };
  AuctionsController_registrations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationViewDto'][];
        };
      };
    };
  };
  AuctionsController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterBidderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyRegistrationDto'];
        };
      };
    };
  };
  AuctionsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 标的 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawLotDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotViewDto'];
        };
      };
    };
  };
  AuctionsController_mine: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        status?: 'draft' | 'published' | 'sold' | 'unsold' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotPageDto'];
        };
      };
    };
  };
  AuctionsController_myBidding: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyBiddingPageDto'];
        };
      };
    };
  };
  AuctionsController_supervised: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 只看有保证金待确认的 */
        pendingOnly?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisedLotPageDto'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        /** @description 操作；只写类别（如 user）时为该类全部操作 */
        action?: string;
        /** @description 操作人姓名或邮箱关键字 */
        actor?: string;
        actorOrgId?: string;
        actorUserId?: string;
        /** @description 起始时间（含） */
        from?: string;
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        regionCode?: string;
        targetId?: string;
        targetType?: string;
        /** @description 结束时间（不含） */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditRowPageDto'];
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description 操作；只写类别（如 user）时为该类全部操作 */
        action?: string;
        /** @description 操作人姓名或邮箱关键字 */
        actor?: string;
        actorOrgId?: string;
        actorUserId?: string;
        /** @description 起始时间（含） */
        from?: string;
        regionCode?: string;
        targetId?: string;
        targetType?: string;
        /** @description 结束时间（不含） */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_acceptInvite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInviteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
    };
  };
  AuthController_signUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignUpDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReferenceController_contractTypes: {
    parameters: {
      query?: {
        /** @description 按该日期有效的规则（YYYY-MM-DD），默认今天 */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractTypeViewDto'][];
        };
      };
    };
  };
  ContractsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        status?: 'draft' | 'submitted' | 'rejected' | 'certified';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractPageDto'];
        };
      };
    };
  };
  ContractsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContractDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_amend: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  AttachmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentListDto'];
        };
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentViewDto'];
        };
      };
    };
  };
  AttachmentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentListDto'];
        };
      };
    };
  };
  ContractsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_certify: {
    parameters: {
      query?: never;
      header: {
        /** @description 8–128 个字母、数字或 . _ : - 字符；重试时使用同一个键，48 小时内返回首次结果 */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CertifyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  PricePublicationsController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishPriceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationViewDto'];
        };
      };
    };
  };
  ContractsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_submit: {
    parameters: {
      query?: never;
      header: {
        /** @description 8–128 个字母、数字或 . _ : - 字符；重试时使用同一个键，48 小时内返回首次结果 */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContractVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractViewDto'];
        };
      };
    };
  };
  ContractsController_certified: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 地区（默认本辖区） */
        region?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractPageDto'];
        };
      };
    };
  };
  ContractsController_queue: {
    parameters: {
      query?: {
        /** @description 只看已超过登记时限的 */
        overdue?: boolean;
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractPageDto'];
        };
      };
    };
  };
  ContractsController_setTimeLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TimeLimitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DealsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 地区（科技局，本辖区内） */
        region?: string;
        stage?: 'lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealPageDto'];
        };
      };
    };
  };
  DealsController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenDealDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_commission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCommissionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_note: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DealNoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveDealDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealViewDto'];
        };
      };
    };
  };
  DealsController_board: {
    parameters: {
      query?: {
        perColumn?: number;
        /** @description 地区（scope=region 时，默认本辖区） */
        region?: string;
        scope?: 'broker' | 'region';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealBoardDto'];
        };
      };
    };
  };
  ExchangeKeysController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyPageDto'];
        };
      };
    };
  };
  ExchangeKeysController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyDto'];
        };
      };
    };
  };
  ExchangeKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyViewDto'];
        };
      };
    };
  };
  ExchangeListingsController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor（优先于 updatedSince） */
        cursor?: string;
        kind?: 'need' | 'achievement' | 'challenge';
        limit?: number;
        /** @description 只返回此时刻（含）之后变化的信息，ISO 8601 */
        updatedSince?: string;
      };
      header: {
        /** @description 平台管理员发放的 API 密钥 */
        'X-Api-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExchangeListingsController_push: {
    parameters: {
      query?: never;
      header: {
        /** @description 平台管理员发放的 API 密钥 */
        'X-Api-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PushListingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExchangeWebhooksController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookPageDto'];
        };
      };
    };
  };
  ExchangeWebhooksController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookDto'];
        };
      };
    };
  };
  ExchangeWebhooksController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookViewDto'];
        };
      };
    };
  };
  ExchangeWebhooksController_deliveries: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryPageDto'];
        };
      };
    };
  };
  HealthController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobPageDto'];
        };
      };
    };
  };
  ImportsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
          /** @enum {string} */
          kind: 'achievements' | 'needs' | 'contracts' | 'registries';
          /** @example 340600 */
          regionCode?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobViewDto'];
        };
      };
    };
  };
  ImportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobViewDto'];
        };
      };
    };
  };
  ImportsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobViewDto'];
        };
      };
    };
  };
  ImportsController_commit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobViewDto'];
        };
      };
    };
  };
  ImportsController_problems: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 哪一遍的问题；默认任务当前阶段 */
        phase?: 'dry_run' | 'commit';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProblemPageDto'];
        };
      };
    };
  };
  ImportsController_template: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description achievements 科技成果 / needs 技术需求 / contracts 已认定登记的技术合同 / registries 名录（高企、科小、基地、平台、科技特派员） */
        kind: 'achievements' | 'needs' | 'contracts' | 'registries';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InnovationScoresController_score: {
    parameters: {
      query?: {
        /** @description 公式版本（默认当前版本） */
        version?: number;
      };
      header?: never;
      path: {
        /** @description 企业（机构）ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreViewDto'];
        };
      };
    };
  };
  InnovationScoresController_formulas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FormulaViewDto'][];
        };
      };
    };
  };
  InnovationScoresController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishFormulaDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FormulaViewDto'];
        };
      };
    };
  };
  ListedSalesController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        status?: 'listed' | 'sold' | 'auctioned' | 'failed' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSalePageDto'];
        };
      };
    };
  };
  ListedSalesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateListedSaleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 挂牌项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 挂牌项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseListedSaleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_intent: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 挂牌项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareIntentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_relist: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 挂牌项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RelistDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 挂牌项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawListedSaleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSaleViewDto'];
        };
      };
    };
  };
  ListedSalesController_mine: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        status?: 'listed' | 'sold' | 'auctioned' | 'failed' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListedSalePageDto'];
        };
      };
    };
  };
  ListedSalesController_period: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 行政区划代码 */
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingPeriodDto'];
        };
      };
    };
  };
  ListedSalesController_setPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 行政区划代码 */
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetListingPeriodDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingPeriodDto'];
        };
      };
    };
  };
  ListingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_deleteDraft: {
    parameters: {
      query: {
        /** @description 读取时的版本号（乐观锁）；版本已变化时返回 409 */
        version: number;
      };
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListingVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListingVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListingVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListingVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ListingsController_mine: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 按状态筛选（仅本单位） */
        status?: 'draft' | 'submitted' | 'published' | 'rejected' | 'withdrawn' | 'closed';
      };
      header?: never;
      path: {
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingPageDto'];
        };
      };
    };
  };
  ListingsController_reviewQueue: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 按状态筛选（仅本单位） */
        status?: 'draft' | 'submitted' | 'published' | 'rejected' | 'withdrawn' | 'closed';
      };
      header?: never;
      path: {
        kind: 'needs' | 'achievements' | 'challenges';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingPageDto'];
        };
      };
    };
  };
  AchievementsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAchievementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  AchievementsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAchievementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ChallengesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChallengeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ChallengesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateChallengeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  ChallengesController_listApplications: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationPageDto'];
        };
      };
    };
  };
  ChallengesController_apply: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationViewDto'];
        };
      };
    };
  };
  ChallengesController_award: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListingVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationViewDto'];
        };
      };
    };
  };
  ChallengesController_myApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyApplicationDto'];
        };
      };
    };
  };
  NeedsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNeedDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  NeedsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNeedDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingViewDto'];
        };
      };
    };
  };
  LoanAuthorisationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanAuthorisationViewDto'][];
        };
      };
    };
  };
  LoanAuthorisationsController_grant: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantLoanAuthorisationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanAuthorisationViewDto'];
        };
      };
    };
  };
  LoanAuthorisationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 授权 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanAuthorisationViewDto'];
        };
      };
    };
  };
  LoanAuthorisationsController_banks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanBankViewDto'][];
        };
      };
    };
  };
  LoansController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPageDto'];
        };
      };
    };
  };
  LoansController_file: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileLoanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanViewDto'];
        };
      };
    };
  };
  LoansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 贷款备案 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanViewDto'];
        };
      };
    };
  };
  LoansController_addEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 贷款备案 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoanEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanViewDto'];
        };
      };
    };
  };
  LoansController_enterpriseContracts: {
    parameters: {
      query: {
        /** @description 授权本机构的企业 */
        enterpriseOrgId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanContractOptionDto'][];
        };
      };
    };
  };
  MatchFeedbackController_record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MatchFeedbackDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeViewDto'];
        };
      };
    };
  };
  NotificationPreferencesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferenceViewDto'][];
        };
      };
    };
  };
  NotificationPreferencesController_set: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPreferenceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferenceViewDto'][];
        };
      };
    };
  };
  NotificationPreferencesController_unsubscribe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnsubscribeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferenceViewDto'];
        };
      };
    };
  };
  MeController_disableTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_enableTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesDto'];
        };
      };
    };
  };
  MeController_regenerateRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesDto'];
        };
      };
    };
  };
  MeController_setupTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MatchingController_forNeed: {
    parameters: {
      query?: {
        limit?: number;
        /** @description 地区（含下级） */
        region?: string;
        /** @description 技术领域代码，可多选 */
        techField?: string[];
        /** @description 转化方式，可多选（仅对成果） */
        transferMode?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
        /** @description 技术成熟度上限（仅对成果） */
        trlMax?: number;
        /** @description 技术成熟度下限（仅对成果） */
        trlMin?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResultDto'][];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 只看未读 */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationViewDto'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllResultDto'];
        };
      };
    };
  };
  NotificationsController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageDto'];
        };
      };
    };
  };
  MembersController_invite: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
    };
  };
  MembersController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MembersController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MembersController_handOver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandOverDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MembersController_resendInvite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
    };
  };
  MembersController_revokeInvite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_changeRoles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeRolesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MembersController_updateRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRegistrationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  MembersController_settings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrgSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 机构名称关键字 */
        q?: string;
        /** @description 只看该地区及下级（须在本辖区内） */
        regionCode?: string;
        status?: 'pending' | 'verified' | 'rejected';
        type?:
          | 'enterprise'
          | 'university'
          | 'research_institute'
          | 'broker_agency'
          | 'financial_institution'
          | 'bureau'
          | 'platform';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPageDto'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_reinstate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrgVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectOrgDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_suspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuspendOrgDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrgVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgViewDto'];
        };
      };
    };
  };
  OrganizationsController_provisionBureau: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvisionBureauDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvisionedBureauDto'];
        };
      };
    };
  };
  PricePublicationsController_current: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationPageDto'];
        };
      };
    };
  };
  PricePublicationsController_objections: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObjectionPageDto'];
        };
      };
    };
  };
  PricePublicationsController_object: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ObjectionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObjectionViewDto'];
        };
      };
    };
  };
  PublicFiguresController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicRegionDto'][];
        };
      };
    };
  };
  PublicFiguresController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicFiguresDto'];
        };
      };
    };
  };
  ReferenceController_listRegions: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 上级行政区划代码；不填时返回省级 */
        parent?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionPageDto'];
        };
      };
    };
  };
  ReferenceController_getRegion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDetailDto'];
        };
      };
    };
  };
  RegistriesController_list: {
    parameters: {
      query?: {
        kind?:
          | 'high_tech_enterprise'
          | 'tech_sme'
          | 'pilot_base'
          | 'transfer_center'
          | 'transfer_park'
          | 'innovation_platform'
          | 'common_rd_platform'
          | 'tech_innovation_center'
          | 'sci_tech_commissioner'
          | 'commissioner_team';
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 地区（默认本辖区） */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryEntryPageDto'];
        };
      };
    };
  };
  RegistriesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegistryEntryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryEntryViewDto'];
        };
      };
    };
  };
  RegistriesController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawRegistryEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryEntryViewDto'];
        };
      };
    };
  };
  ReferenceController_rejectionReasons: {
    parameters: {
      query?: {
        /** @description 按该日期有效的规则（YYYY-MM-DD），默认今天 */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DatedCodeDto'][];
        };
      };
    };
  };
  ReportedFiguresController_list: {
    parameters: {
      query?: {
        indicator?: string;
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 地区（默认本辖区） */
        region?: string;
        status?: 'pending' | 'approved' | 'superseded';
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportedFigurePageDto'];
        };
      };
    };
  };
  ReportedFiguresController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReportedFigureDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportedFigureViewDto'];
        };
      };
    };
  };
  ReportedFiguresController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportedFigureViewDto'];
        };
      };
    };
  };
  ReportedFiguresController_attachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoadshowsController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description upcoming：报名中和进行中；past：已结束和已取消 */
        when?: 'upcoming' | 'past';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowPageDto'];
        };
      };
    };
  };
  RoadshowsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoadshowDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoadshowDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoadshowAttendanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowParticipantsDto'];
        };
      };
    };
  };
  RoadshowsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelRoadshowDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_deal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoadshowDealDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowParticipantsDto'];
        };
      };
    };
  };
  RoadshowsController_items: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetRoadshowItemsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_participants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowParticipantsDto'];
        };
      };
    };
  };
  RoadshowsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoadshowVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterRoadshowDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_unregister: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 路演 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowViewDto'];
        };
      };
    };
  };
  RoadshowsController_mine: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowPageDto'];
        };
      };
    };
  };
  RoadshowsController_registered: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoadshowPageDto'];
        };
      };
    };
  };
  SaleNoticesController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaleNoticePageDto'];
        };
      };
    };
  };
  SearchController_achievements: {
    parameters: {
      query?: {
        achievementType?: ('applied' | 'basic' | 'soft')[];
        /** @description 单位类型，可多选 */
        orgType?: (
          | 'enterprise'
          | 'university'
          | 'research_institute'
          | 'broker_agency'
          | 'financial_institution'
          | 'bureau'
          | 'platform'
        )[];
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 价格/预算上限/奖励上限（分） */
        priceMax?: number;
        /** @description 价格/预算上限/奖励下限（分） */
        priceMin?: number;
        /** @description 关键词（最多 200 字；超过 10 个词时保留最有信息量的 10 个） */
        q?: string;
        /** @description 地区（含下级） */
        region?: string;
        sort?: 'relevance' | 'newest' | 'price_asc' | 'price_desc';
        /** @description 技术领域代码，可多选 */
        techField?: string[];
        transferMode?: ('self_implementation' | 'transfer' | 'licence' | 'cooperation' | 'equity' | 'other')[];
        /** @description 技术成熟度上限 */
        trlMax?: number;
        /** @description 技术成熟度下限 */
        trlMin?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultDto'];
        };
      };
    };
  };
  SearchController_challenges: {
    parameters: {
      query?: {
        /** @description 单位类型，可多选 */
        orgType?: (
          | 'enterprise'
          | 'university'
          | 'research_institute'
          | 'broker_agency'
          | 'financial_institution'
          | 'bureau'
          | 'platform'
        )[];
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 价格/预算上限/奖励上限（分） */
        priceMax?: number;
        /** @description 价格/预算上限/奖励下限（分） */
        priceMin?: number;
        /** @description 关键词（最多 200 字；超过 10 个词时保留最有信息量的 10 个） */
        q?: string;
        /** @description 地区（含下级） */
        region?: string;
        sort?: 'relevance' | 'newest' | 'price_asc' | 'price_desc';
        /** @description 技术领域代码，可多选 */
        techField?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultDto'];
        };
      };
    };
  };
  SearchController_needs: {
    parameters: {
      query?: {
        cooperationMode?: (
          | 'commissioned_development'
          | 'cooperative_development'
          | 'transfer'
          | 'licence'
          | 'consulting'
          | 'service'
          | 'other'
        )[];
        /** @description 单位类型，可多选 */
        orgType?: (
          | 'enterprise'
          | 'university'
          | 'research_institute'
          | 'broker_agency'
          | 'financial_institution'
          | 'bureau'
          | 'platform'
        )[];
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 价格/预算上限/奖励上限（分） */
        priceMax?: number;
        /** @description 价格/预算上限/奖励下限（分） */
        priceMin?: number;
        /** @description 关键词（最多 200 字；超过 10 个词时保留最有信息量的 10 个） */
        q?: string;
        /** @description 地区（含下级） */
        region?: string;
        sort?: 'relevance' | 'newest' | 'price_asc' | 'price_desc';
        /** @description 技术领域代码，可多选 */
        techField?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultDto'];
        };
      };
    };
  };
  SearchController_listSynonyms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynonymGroupViewDto'][];
        };
      };
    };
  };
  SearchController_replaceSynonyms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceSynonymsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynonymGroupViewDto'][];
        };
      };
    };
  };
  StatisticsController_exportContracts: {
    parameters: {
      query: {
        /** @description 合同子类型代码 */
        contractSubtype?: string;
        /** @description 合同类型代码 */
        contractType?: string;
        format?: 'xlsx' | 'csv';
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 按哪一方所在地选取合同 */
        perspective: 'absorption' | 'output' | 'registered';
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
        /** @description 技术领域代码 */
        techField?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatisticsController_flows: {
    parameters: {
      query: {
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowsResultDto'];
        };
      };
    };
  };
  LoanStatsController_figures: {
    parameters: {
      query: {
        /** @description 统计期间：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanStatsDto'];
        };
      };
    };
  };
  LoanStatsController_export: {
    parameters: {
      query: {
        format?: 'xlsx' | 'csv';
        /** @description 统计期间：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatisticsController_matchmaking: {
    parameters: {
      query: {
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicFiguresController_setting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSettingViewDto'];
        };
      };
    };
  };
  PublicFiguresController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicSettingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSettingViewDto'];
        };
      };
    };
  };
  ReportsController_annual: {
    parameters: {
      query: {
        /** @description reported：按报送口径（期末后首次生成时定稿，之后的变更、撤销不计入）；amended：按最新更正 */
        basis?: 'reported' | 'amended';
        /** @description 年度：YYYY */
        period: string;
        /** @description 行政区划代码（本辖区内任一地区）；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionReportDto'];
        };
      };
    };
  };
  ReportsController_annualExport: {
    parameters: {
      query: {
        /** @description reported：按报送口径（期末后首次生成时定稿，之后的变更、撤销不计入）；amended：按最新更正 */
        basis?: 'reported' | 'amended';
        format?: 'xlsx' | 'pdf';
        /** @description 年度：YYYY */
        period: string;
        /** @description 行政区划代码（本辖区内任一地区）；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_quarterly: {
    parameters: {
      query: {
        /** @description reported：按报送口径（期末后首次生成时定稿，之后的变更、撤销不计入）；amended：按最新更正 */
        basis?: 'reported' | 'amended';
        /** @description 季度：YYYY-Qn */
        period: string;
        /** @description 行政区划代码（本辖区内任一地区）；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionReportDto'];
        };
      };
    };
  };
  ReportsController_quarterlyExport: {
    parameters: {
      query: {
        /** @description reported：按报送口径（期末后首次生成时定稿，之后的变更、撤销不计入）；amended：按最新更正 */
        basis?: 'reported' | 'amended';
        format?: 'xlsx' | 'pdf';
        /** @description 季度：YYYY-Qn */
        period: string;
        /** @description 行政区划代码（本辖区内任一地区）；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatisticsController_routes: {
    parameters: {
      query: {
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 口径：absorption 吸纳（买方所在地）、output 输出（卖方）、registered 登记（登记机构） */
        perspective: 'absorption' | 'output' | 'registered';
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutesResultDto'];
        };
      };
    };
  };
  StatisticsController_summary: {
    parameters: {
      query: {
        /** @description 合同子类型代码 */
        contractSubtype?: string;
        /** @description 合同类型代码 */
        contractType?: string;
        groupBy?: 'child-region' | 'type' | 'field' | 'month';
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 口径：absorption 吸纳（买方所在地）、output 输出（卖方）、registered 登记（登记机构） */
        perspective: 'absorption' | 'output' | 'registered';
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
        /** @description 技术领域代码 */
        techField?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryResultDto'];
        };
      };
    };
  };
  StatisticsController_exportSummary: {
    parameters: {
      query: {
        /** @description 合同子类型代码 */
        contractSubtype?: string;
        /** @description 合同类型代码 */
        contractType?: string;
        format?: 'xlsx' | 'csv';
        groupBy?: 'child-region' | 'type' | 'field' | 'month';
        /** @description 统计期间（按认定登记日期）：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 不填时三种口径并列 */
        perspective?: 'absorption' | 'output' | 'registered';
        /** @description 行政区划代码；科技局默认本地区，平台管理员默认全国 */
        region?: string;
        /** @description 技术领域代码 */
        techField?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatisticsController_targets: {
    parameters: {
      query?: {
        /** @description 按该日期计算进度（YYYY-MM-DD，中国日期），默认今天 */
        asOf?: string;
        /** @description 行政区划代码；科技局默认本地区 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetsResultDto'];
        };
      };
    };
  };
  VoucherStatsController_figures: {
    parameters: {
      query: {
        /** @description 统计期间：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherStatsDto'];
        };
      };
    };
  };
  VoucherStatsController_export: {
    parameters: {
      query: {
        format?: 'xlsx' | 'csv';
        /** @description 统计期间：YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY */
        period: string;
        /** @description 行政区划代码；科技局默认本地区 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TargetPlansController_plans: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetPlanViewDto'][];
        };
      };
    };
  };
  TargetPlansController_createPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTargetPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetPlanViewDto'];
        };
      };
    };
  };
  TargetPlansController_addTarget: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTargetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyTargetViewDto'];
        };
      };
    };
  };
  ReferenceController_listTargets: {
    parameters: {
      query?: {
        /** @description 是否包含下级地区的目标 */
        includeDescendants?: boolean;
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 行政区划代码 */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyTargetPageDto'];
        };
      };
    };
  };
  TargetPlansController_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseTargetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyTargetViewDto'];
        };
      };
    };
  };
  TargetPlansController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetHistoryDto'];
        };
      };
    };
  };
  ReferenceController_techFields: {
    parameters: {
      query?: {
        /** @description 按该日期有效的规则（YYYY-MM-DD），默认今天 */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DatedCodeDto'][];
        };
      };
    };
  };
  VoucherProgrammesController_list: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammePageDto'];
        };
      };
    };
  };
  VoucherProgrammesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeViewDto'];
        };
      };
    };
  };
  VoucherProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeViewDto'];
        };
      };
    };
  };
  VoucherProgrammesController_apply: {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，48 小时内只创建一次并返回首次结果 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 创新券项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoucherApplyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VoucherProgrammesController_ledger: {
    parameters: {
      query?: {
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description 创新券项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPageDto'];
        };
      };
    };
  };
  VoucherProgrammesController_addProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券项目 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddProviderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeViewDto'];
        };
      };
    };
  };
  VoucherProgrammesController_categories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeNameDto'][];
        };
      };
    };
  };
  VouchersController_list: {
    parameters: {
      query?: {
        /** @description 机构用户：本机构申请的（默认）或作为服务机构的 */
        as?: 'applicant' | 'provider';
        /** @description 页码，从 1 开始 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 创新券项目 */
        programmeId?: string;
        /** @description 状态，可多选 */
        status?: ('applied' | 'rejected' | 'approved' | 'redemption_requested' | 'redeemed' | 'expired')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherPageDto'];
        };
      };
    };
  };
  VouchersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VouchersController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VouchersController_redeem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VouchersController_requestRedemption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestRedemptionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VouchersController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionNoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  VouchersController_returnRedemption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 创新券 ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionNoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherViewDto'];
        };
      };
    };
  };
  WorkCalendarController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 年份（2000–2100） */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkCalendarYearViewDto'];
        };
      };
    };
  };
  WorkCalendarController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 年份（2000–2100） */
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceCalendarYearDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkCalendarYearViewDto'];
        };
      };
    };
  };
}
