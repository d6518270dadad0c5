/**
 * General Chinese function words and the boilerplate of any technical or scientific write-up
 * ("本文", "结果表明"), plus English function words. Written from general knowledge of the
 * language, not from any evaluation file: a term that is merely common in one corpus is
 * handled by its IDF, not by this list.
 */
const CHINESE = `
的 了 和 与 及 或 并 而 且 也 又 就 都 还 在 于 对 将 把 被 由 从 向 以 为 是 有 无 其 该 此 这 那 之 所 等 各 每 某
中 上 下 内 外 间 时 后 前 个 种 些 已 可 能 会 要 应 需 使 让 给 用 到 至 即 则 若 如 但 因 故 所以 因此 因而 从而
以及 并且 而且 或者 以便 以免 及其 其中 其他 其它 这些 那些 这种 这个 一个 一种 一些 一定 一般 一系列 各种 多种 不同 相关 有关
通过 进行 利用 采用 使用 根据 按照 基于 针对 对于 关于 由于 随着 作为 具有 存在 可以 能够 需要 得到 获得 实现 提出 提供 给出
本文 文中 文章 论文 本研究 该文 笔者 我们 研究 研究表明 结果 结果表明 表明 显示 发现 说明 认为 指出 旨在 试图 探讨 分析 讨论 阐述
介绍 总结 概述 综述 最后 首先 其次 然后 同时 此外 另外 并且 主要 重要 重要性 有效 有效性 较 更 最 很 非常 比较 相对 进一步 显著
方面 问题 情况 过程 方式 部分 作用 影响 意义 目的 基础 条件 因素 特点 现状 状况 水平 领域 内容 工作 情况下 一方面 另一方面
不 没有 不仅 而是 只 仅 均 皆 共 总 约 左右 以上 以下 之间 之后 之前 当中 其间 期间 过程中 当前 目前 现阶段 近年来 近年 我国 国内 国外
`;

const ENGLISH = `a an the of and or in on at to for from by with without as is are was were be been being this that these those
it its into than then which who whom whose what when where how we our they their there here not no nor but if so such can may
using used use based via between among also both each other more most less least very`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${CHINESE} ${ENGLISH}`.split(/\s+/).filter(Boolean));
