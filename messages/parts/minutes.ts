// Message keys of the minutes: their records (attendance, conclusions, assignments, distribution), the
// body's directory of units and people, issuing, and the units' reading of them. English and Chinese.
export const minutesEn = {
  'roles.unit_liaison': 'Unit liaison',
  'units.notOfBody': 'That unit is not one of this body’s units.',
  'attendance.personNotOfBody': 'That person is not in this body’s list of people.',
  'distribution.bothKinds': 'A unit is either a main recipient or copied, not both.',
  'documents.mismatch.attendee': 'The attendance lists “{expected}”, whom the text does not name.',
  'documents.mismatch.agenda_item': 'The agenda item “{expected}” is missing from the text.',
  'documents.mismatch.conclusion': 'The conclusion “{expected}” is missing from the text.',
  'documents.mismatch.assignment':
    'An assignment is missing or changed (its lead unit, co-operating units and deadline belong in one paragraph): “{expected}”',
} as const;

export const minutesZh: Record<keyof typeof minutesEn, string> = {
  'roles.unit_liaison': '单位联络员',
  'units.notOfBody': '该单位不属于本机关的单位名录。',
  'attendance.personNotOfBody': '该人员不在本机关的人员名录中。',
  'distribution.bothKinds': '同一单位只能是主送或抄送之一。',
  'documents.mismatch.attendee': '出席记录中有“{expected}”，正文中没有。',
  'documents.mismatch.agenda_item': '正文缺少议题“{expected}”。',
  'documents.mismatch.conclusion': '正文缺少会议结论“{expected}”。',
  'documents.mismatch.assignment':
    '有一项交办事项缺失或被改动（牵头单位、配合单位和完成时限应在同一段中）：“{expected}”',
};
