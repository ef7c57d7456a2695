/**
 * The region a view opens on: the bundled dataset's showcase city when it is there, else the first region.
 * One place, so the data, insert and standalone views agree.
 */
export const SHOWCASE_REGION = "佛山市";

export function defaultRegion(regions: readonly string[]): string {
  return regions.includes(SHOWCASE_REGION) ? SHOWCASE_REGION : (regions[0] ?? "");
}
