// Message keys of the personal-data scan: the name of each kind of finding, English and Simplified Chinese
// (merged into the catalogues).
export const personalDataEn = {
  'personalData.kind.resident_id': 'Resident ID number',
  'personalData.kind.mobile': 'Mobile phone number',
  'personalData.kind.landline': 'Landline phone number',
  'personalData.kind.email': 'E-mail address',
  'personalData.kind.bank_card': 'Bank card number',
  'personalData.kind.passport': 'Passport number',
  'personalData.kind.address': 'Street address',
  'personalData.kind.protected_name': 'Name of a person who asked not to be named',
} as const;

export const personalDataZh: Record<keyof typeof personalDataEn, string> = {
  'personalData.kind.resident_id': '居民身份证号码',
  'personalData.kind.mobile': '手机号码',
  'personalData.kind.landline': '固定电话号码',
  'personalData.kind.email': '电子邮箱',
  'personalData.kind.bank_card': '银行卡号',
  'personalData.kind.passport': '护照号码',
  'personalData.kind.address': '详细地址',
  'personalData.kind.protected_name': '要求不公开姓名者的姓名',
};
