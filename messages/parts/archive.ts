// Message keys of the public archive pages, English and Simplified Chinese (merged into the catalogues).
export const archiveEn = {} as const;

export const archiveZh: Record<keyof typeof archiveEn, string> = {};
