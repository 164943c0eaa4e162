import {
  DOCUMENT_SCHEMA_VERSION,
  type DuizhaoDocument,
  type Unit,
  type UnitStatus,
} from '../shared/model/document';

/**
 * A long bilingual document with realistic lengths, made the same way every run: Chinese
 * sentences of 20–120 characters, English of 10–60 words, every status, some stale, some
 * with comments and history — what a 5,000-unit meeting handbook would look like.
 */
const ZH = [
  '中国科学技术协会',
  '第二十一届年会',
  '在哈尔滨隆重开幕',
  '来自三十个国家的专家',
  '围绕科技创新与东北振兴',
  '开展了深入交流',
  '会议期间举办了三十五场活动',
  '包括中国科技论坛',
  '数字经济局长论坛',
  '企业家科技创新峰会',
  '吸引了近六千名科技工作者参会',
  '推动产学研深度融合',
  '服务地方高质量发展',
  '智库建设取得积极进展',
  '科普活动覆盖百万人次',
];
const EN = (
  'the annual meeting of the China Association for Science and Technology opened in Harbin ' +
  'with experts from thirty countries discussing innovation and the revitalization of northeast China ' +
  'sessions included the science and technology forum the digital economy forum and a summit of entrepreneurs ' +
  'nearly six thousand scientists attended and outreach activities reached more than a million people'
).split(' ');
const STATUSES: UnitStatus[] = [
  'draft',
  'draft',
  'translated',
  'translated',
  'reviewed',
  'approved',
  'rejected',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function benchmarkDocument(
  id: string,
  units: number,
  at = '2026-11-21T00:00:00.000Z',
): DuizhaoDocument {
  const next = random(21);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const list: Unit[] = [];
  for (let i = 0; i < units; i += 1) {
    let zh = '';
    const zhLength = 20 + Math.floor(next() * 100);
    while (zh.length < zhLength) zh += pick(ZH) + (next() < 0.3 ? '，' : '');
    zh = `${zh.slice(0, zhLength)}。`;
    const words = Array.from({ length: 10 + Math.floor(next() * 50) }, () => pick(EN));
    const en = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    const status = pick(STATUSES);
    const unit: Unit = { id: `u${i.toString(36)}`, zh: [{ text: zh }], en: [{ text: en }], status };
    if (status !== 'draft' && status !== 'rejected') {
      unit.confirmedSource = next() < 0.05 ? zh.slice(1) : zh; // a few stale ones
      unit.history = [
        { side: 'en', text: [{ text: en }], status, by: '王芳', role: 'translator', at },
      ];
    }
    if (status === 'rejected')
      unit.rejection = { reason: '术语不统一', by: 'Jane', role: 'reviewer', at };
    if (next() < 0.05) {
      unit.comments = [
        { id: `t${i}`, comments: [{ id: `c${i}`, author: 'Jane', at, text: '请核对人名。' }] },
      ];
    }
    list.push(unit);
  }
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    // A text document: the benchmarks measure the unit grid, which a programme would not open in.
    kind: 'text',
    title: { zh: '基准测试手册', en: 'Benchmark handbook' },
    sourceLanguage: 'zh',
    createdAt: at,
    updatedAt: at,
    revision: 0,
    units: list,
  };
}
