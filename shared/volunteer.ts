/**
 * Service areas of a volunteer service base (志愿服务基地). Apart from the promotion schemas so the
 * reading pages can label a base's areas without bundling what cadres manage.
 */
export const VOLUNTEER_AREAS = ['education', 'medicine', 'law', 'dailyLife'] as const;
export type VolunteerArea = (typeof VOLUNTEER_AREAS)[number];
export const VOLUNTEER_AREA_ZH: Record<VolunteerArea, string> = {
  education: '教育',
  medicine: '医疗',
  law: '法律',
  dailyLife: '生活服务',
};
