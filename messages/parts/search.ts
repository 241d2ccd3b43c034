// Message keys of the public search pages, English and Simplified Chinese (merged into the catalogues).
export const searchEn = {} as const;

export const searchZh: Record<keyof typeof searchEn, string> = {};
