import type { AchievementInput } from '../../libs/listings/src/index.js';
import type { ContractPartyInput } from '../../libs/contracts/src/index.js';
import { outsideCreditCode } from './contracts-demo.js';

/**
 * What the trading demo sells, written for the regions that sell it: 淮北's coal-mining
 * by-products and mine conveyors, 临沂's farm machinery and wood-panel lines, 亳州's 白芍
 * (the 亳药 trade), 丹东/东港's strawberries.
 */
export type DemoAchievementKey =
  'gangue-ceramsite' | 'idler-acoustic' | 'beidou-autosteer' | 'board-vision' | 'peony-processing';

type Owner = 'huaibei-university' | 'linyi-university' | 'bozhou-institute';
type Reviewer = 'huaibei-staff' | 'linyi-staff' | 'bozhou-staff';

export const TRADING_ACHIEVEMENTS: {
  key: DemoAchievementKey;
  owner: Owner;
  reviewer: Reviewer;
  input: AchievementInput;
}[] = [
  {
    key: 'gangue-ceramsite',
    owner: 'huaibei-university',
    reviewer: 'huaibei-staff',
    input: {
      title: '煤矸石制备陶粒轻骨料技术',
      description:
        '以洗选煤矸石为主料，掺配少量粉煤灰，经破碎、造粒和回转窑焙烧制成 600–800 级陶粒，筒压强度达到 GB/T 17431.1 高强陶粒要求，可用于轻骨料混凝土、墙体砌块和屋面保温。每吨陶粒消纳煤矸石约 0.9 吨，已在杜集区完成年产 2 万立方米中试。',
      keywords: ['煤矸石', '陶粒', '固废资源化'],
      techFieldCode: '07',
      achievementType: 'applied',
      trl: 7,
      ipItems: [
        { kind: 'invention_patent', status: '已授权' },
        { kind: 'utility_model', status: '已授权' },
      ],
      team: [{ name: '郑教授', title: '教授' }],
      transferModes: ['transfer', 'licence'],
      priceFen: 80_000_000,
    },
  },
  {
    key: 'idler-acoustic',
    owner: 'huaibei-university',
    reviewer: 'huaibei-staff',
    input: {
      title: '矿用带式输送机托辊故障声学监测技术',
      description:
        '沿输送机布设本安型拾音阵列，以声纹特征识别托辊卡阻、轴承磨损和异响，定位到单个托辊间距，报警信息接入矿井综合自动化平台，减少人工巡检。已在淮北矿区 2 条主运输皮带试运行 8 个月。',
      keywords: ['带式输送机', '托辊', '声学监测'],
      techFieldCode: '01',
      achievementType: 'applied',
      trl: 6,
      ipItems: [{ kind: 'invention_patent', status: '已授权' }],
      transferModes: ['licence'],
      priceFen: 26_000_000,
    },
  },
  {
    key: 'beidou-autosteer',
    owner: 'linyi-university',
    reviewer: 'linyi-staff',
    input: {
      title: '拖拉机北斗自动导航辅助驾驶系统',
      description:
        '适配 50–200 马力国产拖拉机的北斗 RTK 自动导航辅助驾驶系统，直线作业偏差 ±2.5 厘米，支持起垄、播种、植保作业路径规划和作业面积统计，在沂南、兰山累计示范作业 1.2 万亩。',
      keywords: ['北斗导航', '农机', '辅助驾驶'],
      techFieldCode: '09',
      achievementType: 'applied',
      trl: 7,
      ipItems: [
        { kind: 'software_copyright', status: '已登记' },
        { kind: 'utility_model', status: '已授权' },
      ],
      transferModes: ['transfer', 'licence'],
      negotiable: true,
    },
  },
  {
    key: 'board-vision',
    owner: 'linyi-university',
    reviewer: 'linyi-staff',
    input: {
      title: '人造板表面缺陷机器视觉在线检测系统',
      description:
        '面向胶合板、刨花板和饰面板生产线的表面缺陷在线检测：线阵相机成像，识别鼓泡、压痕、砂透、边角缺损等 9 类缺陷，检出率 96% 以上，可与分等、堆垛设备联动，替代人工目检。',
      keywords: ['机器视觉', '人造板', '缺陷检测'],
      techFieldCode: '03',
      achievementType: 'applied',
      trl: 6,
      transferModes: ['licence'],
      priceFen: 30_000_000,
    },
  },
  {
    key: 'peony-processing',
    owner: 'bozhou-institute',
    reviewer: 'bozhou-staff',
    input: {
      title: '亳白芍规范化种植与产地趁鲜切制加工技术',
      description:
        '亳白芍 GAP 种植技术规程、病虫害绿色防控方案和产地趁鲜切制、低温烘干成套工艺，减少二次浸润造成的有效成分流失，饮片芍药苷含量稳定高于药典标准 30% 以上。',
      keywords: ['白芍', '中药材', '产地加工'],
      techFieldCode: '09',
      achievementType: 'applied',
      trl: 8,
      transferModes: ['transfer', 'cooperation'],
      priceFen: 40_000_000,
    },
  },
];

const outside = (name: string, regionCode: string): ContractPartyInput => ({
  name,
  regionCode,
  creditCode: outsideCreditCode(name, regionCode),
});

/** Negotiated-price contracts of public institutes, published before signing (协议定价公示). */
export const PRICE_PUBLICATIONS: {
  seller: 'dandong-institute' | 'huaibei-university';
  buyer: ContractPartyInput | { login: 'huaibei-enterprise' };
  title: string;
  subtype: string;
  field: string;
  amountFen: string;
  techAmountFen: string;
  startedDaysAgo: number;
}[] = [
  {
    seller: 'dandong-institute',
    buyer: outside('东港市草莓产业发展有限公司', '210681'),
    title: '红颜草莓脱毒种苗组培快繁技术独占许可合同',
    subtype: 'licence.exclusive',
    field: '09',
    amountFen: '28000000',
    techAmountFen: '28000000',
    startedDaysAgo: 6,
  },
  {
    seller: 'huaibei-university',
    buyer: { login: 'huaibei-enterprise' },
    title: '粉煤灰基地质聚合物矿用注浆材料技术转让合同',
    subtype: 'transfer.know_how',
    field: '05',
    amountFen: '52000000',
    techAmountFen: '46000000',
    startedDaysAgo: 0,
  },
];
