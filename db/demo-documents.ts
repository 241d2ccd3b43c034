// The demo's issued documents: the policy document its first decision adopted, in Chinese (the original)
// and English, with its interpretation. Short texts of the project's own, in the form such documents take:
// thirteen measures, in force from 6 March 2024 for four years.

export const DEMO_POLICY_TIMES = {
  written: new Date('2024-02-28T02:00:00Z'),
  submitted: new Date('2024-02-28T03:00:00Z'),
  reviewed: new Date('2024-02-29T02:00:00Z'),
  approved: new Date('2024-02-29T06:00:00Z'),
  published: new Date('2024-03-01T02:00:00Z'),
};

export const DEMO_POLICY_CATALOGUE = {
  zh: { issuingBody: '四川省人民政府', documentNumber: '川府发〔2024〕5号' },
  en: {
    issuingBody: "The People's Government of Sichuan Province",
    documentNumber: 'Sichuan Gov. Issue [2024] No. 5',
  },
  writtenOn: '2024-02-28',
  effectiveOn: '2024-03-06',
  validUntil: '2028-03-05',
  categoryCode: 'ECON',
};

const MEASURES_ZH = [
  '支持整车企业扩大产能，对新建整车项目按投资额给予奖励。',
  '支持动力电池企业提升研发能力，建设省级创新平台。',
  '支持关键零部件企业配套本省整车企业。',
  '支持智能网联汽车测试示范区建设。',
  '支持充电基础设施在城乡全面覆盖。',
  '支持公共领域车辆全面电动化。',
  '支持新能源汽车下乡活动。',
  '支持企业开拓国际市场。',
  '支持产业园区完善配套设施。',
  '支持企业引进和培养专业人才。',
  '加大金融支持力度。',
  '保障用地、用电和用能需求。',
  '强化组织保障，建立工作推进机制。',
];

const MEASURES_EN = [
  'Support vehicle makers in expanding capacity, with awards for new vehicle projects by their investment.',
  'Support power-battery makers in research, with provincial innovation platforms.',
  "Support makers of key components in supplying the province's vehicle makers.",
  'Support the test and demonstration zones for intelligent connected vehicles.',
  'Support charging infrastructure covering towns and the countryside.',
  'Support the electrification of public-sector vehicles.',
  'Support campaigns bringing new energy vehicles to the countryside.',
  'Support enterprises in opening international markets.',
  'Support industrial parks in completing their facilities.',
  'Support enterprises in attracting and training specialists.',
  'Increase financial support.',
  'Secure the land, electricity and energy the industry needs.',
  'Strengthen organisation, with a mechanism that follows the work through.',
];

const numbered = (items: string[], label: (n: number) => string) =>
  items.map((text, i) => `${label(i + 1)}${text}`).join('\n\n');

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

export const DEMO_POLICY = {
  zh: {
    headline: '支持新能源与智能网联汽车产业高质量发展若干政策措施',
    body: `为加快推动新能源与智能网联汽车产业高质量发展，制定以下政策措施。\n\n${numbered(MEASURES_ZH, (n) => `${ZH_NUMERALS[n - 1]}、`)}\n\n本政策措施自2024年3月6日起施行，有效期4年。`,
  },
  en: {
    headline:
      'Several Policies and Measures of Sichuan Province for Supporting the High-quality Development of New Energy and Intelligent Connected Vehicle Industry',
    body: `These measures are made to speed up the high-quality development of the new energy and intelligent connected vehicle industry.\n\n${numbered(MEASURES_EN, (n) => `${n}. `)}\n\nThese measures take effect on 6 March 2024 and remain in force for four years.`,
  },
};

export const DEMO_INTERPRETATION = {
  zh: {
    headline: '《支持新能源与智能网联汽车产业高质量发展若干政策措施》政策解读',
    body: '一、制定背景\n\n新能源与智能网联汽车是我省重点发展的产业。\n\n二、主要内容\n\n政策措施共13条，从产能、研发、配套、测试、充电、应用、市场、园区、人才、金融和要素保障等方面提出支持措施。\n\n三、施行时间\n\n自2024年3月6日起施行，有效期4年。',
  },
  en: {
    headline:
      'Interpretation of the Several Policies and Measures for Supporting the New Energy and Intelligent Connected Vehicle Industry',
    body: '**Background.** New energy and intelligent connected vehicles are an industry the province develops first.\n\n**What the measures say.** Thirteen measures support capacity, research, components, testing, charging, use, markets, parks, people, finance and resources.\n\n**When.** In force from 6 March 2024 for four years.',
  },
};
