import {
  VOLUNTEER_AREA_ZH as FROM_PROMOTION,
  VOLUNTEER_AREAS as AREAS_FROM_PROMOTION,
} from './actions/promotion.schema';
import { VOLUNTEER_AREA_ZH, VOLUNTEER_AREAS } from './volunteer';

it('the promotion schemas re-export the one table of volunteer areas', () => {
  expect(FROM_PROMOTION).toBe(VOLUNTEER_AREA_ZH);
  expect(AREAS_FROM_PROMOTION).toBe(VOLUNTEER_AREAS);
  expect(Object.keys(VOLUNTEER_AREA_ZH)).toEqual([...VOLUNTEER_AREAS]);
});
