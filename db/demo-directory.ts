// The demo body's directory: the units its minutes assign work to and are issued to, and the people its
// meetings' attendance is picked from. The units are the province's departments as the Chinese minutes name
// them (省…), the English names this project's translations, each with the article it takes mid-sentence
// ("with the Provincial Department of Finance co-operating"). The governor is the demo meeting's chair; the
// two vice-governors' names are made up for the demo, not those of the province's vice-governors.

export const DEMO_UNITS = [
  {
    key: 'economy',
    nameZh: '省经济和信息化厅',
    name: 'the Provincial Department of Economy and Information Technology',
  },
  { key: 'development', nameZh: '省发展改革委', name: 'the Provincial Development and Reform Commission' },
  { key: 'finance', nameZh: '省财政厅', name: 'the Provincial Department of Finance' },
  { key: 'generalOffice', nameZh: '省政府办公厅', name: 'the General Office of the Provincial Government' },
  { key: 'naturalResources', nameZh: '省自然资源厅', name: 'the Provincial Department of Natural Resources' },
  { key: 'civilAffairs', nameZh: '省民政厅', name: 'the Provincial Department of Civil Affairs' },
  { key: 'ecology', nameZh: '省生态环境厅', name: 'the Provincial Department of Ecology and Environment' },
] as const;

export type DemoUnitKey = (typeof DEMO_UNITS)[number]['key'];

export const DEMO_PEOPLE: {
  name: string;
  nameZh: string;
  title: string;
  titleZh: string;
  unit: DemoUnitKey | null;
}[] = [
  { name: 'Huang Qiang', nameZh: '黄强', title: 'Governor', titleZh: '省长', unit: null },
  { name: 'Wang Ming (demo)', nameZh: '王明（演示）', title: 'Vice Governor', titleZh: '副省长', unit: null },
  { name: 'Chen Jing (demo)', nameZh: '陈静（演示）', title: 'Vice Governor', titleZh: '副省长', unit: null },
];
