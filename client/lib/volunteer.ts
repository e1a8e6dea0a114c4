/** Labels of a volunteer base's service areas (codes the server keeps), from the small shared table. */
import { VOLUNTEER_AREA_ZH, type VolunteerArea } from '../../shared/volunteer';

export function areaLabel(area: string): string {
  return VOLUNTEER_AREA_ZH[area as VolunteerArea] ?? area;
}
