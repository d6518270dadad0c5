/**
 * The market's domain vocabulary, written by hand from general technical knowledge (never
 * from an evaluation file).
 *
 * - `DOMAIN_WORDS` are added to jieba's bundled dictionary so that these compounds come out
 *   as one token (search-mode cutting still emits their parts).
 * - `SYNONYM_GROUPS` are sets of terms that name the same thing; a query term in a group is
 *   expanded to the others at a reduced weight (see `SCORING.synonymWeight`).
 */
export const DOMAIN_WORDS: readonly string[] = [
  '锂离子电池', '锂电池', '正极材料', '负极材料', '固态电池', '钠离子电池', '燃料电池', '储能系统', '动力电池',
  '光伏组件', '太阳能电池', '钙钛矿', '新能源汽车', '电动汽车', '充电桩', '氢能', '碳中和', '碳达峰',
  '人工智能', '机器学习', '深度学习', '神经网络', '卷积神经网络', '计算机视觉', '自然语言处理', '大数据', '云计算',
  '物联网', '区块链', '边缘计算', '数字孪生', '工业互联网', '智能制造', '增材制造', '3d打印', '机器人',
  '技术成熟度', '科技成果', '成果转化', '技术转让', '专利许可', '中试', '产学研',
  '生物医药', '医疗器械', '基因编辑', '单克隆抗体', '疫苗', '中药材', '污水处理', '固体废物', '土壤修复',
];

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['锂离子电池', '锂电池', 'li-ion', 'lithium-ion'],
  ['正极材料', '阴极材料', 'cathode'],
  ['负极材料', '阳极材料', 'anode'],
  ['太阳能电池', '光伏电池', 'solar cell'],
  ['光伏', '太阳能发电'],
  ['人工智能', 'ai'],
  ['机器学习', 'machine learning'],
  ['深度学习', 'deep learning'],
  ['卷积神经网络', 'cnn'],
  ['神经网络', '人工神经网络', 'ann'],
  ['支持向量机', 'svm'],
  ['物联网', 'iot'],
  ['增材制造', '3d打印'],
  ['电动汽车', '新能源汽车', '电动车'],
  ['无人机', '无人飞行器', 'uav'],
  ['污水处理', '废水处理'],
  ['固体废物', '固废'],
  ['有限元', '有限元分析', 'fem'],
  ['计算流体力学', 'cfd'],
  ['全球定位系统', 'gps'],
  ['地理信息系统', 'gis'],
  ['可编程逻辑控制器', 'plc'],
  ['聚合酶链反应', 'pcr'],
  ['核磁共振', 'nmr'],
  ['扫描电镜', '扫描电子显微镜', 'sem'],
  ['透射电镜', '透射电子显微镜', 'tem'],
  ['x射线衍射', 'xrd'],
  ['比例积分微分', 'pid'],
  ['电动机', '电机', '马达'],
  ['计算机', '电脑'],
  ['温室气体', '碳排放'],
];
