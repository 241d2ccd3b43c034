export const TAG: Readonly<{
  all: string;
  public: string;
  home: string;
  latest: string;
  archive: string;
  feeds: string;
  search: string;
  sitemap: string;
  openData: string;
}>;
export function releaseTag(id: number): string;
export function tagsOfPublicPath(pathname: string): string[];
export function tagsAfterReleaseChange(releaseIds: readonly number[]): string[];
export function tagsAfterMeetingPagesChange(releaseIds: readonly number[]): string[];
export function tagsAfterSettingsChange(): string[];
