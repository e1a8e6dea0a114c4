/**
 * Inputs and outputs of the `notice` function. Public notices (公示): the notices of nominations at a notice stage, their periods, posters and physical postings; the district's calendar overrides.
 */
export const noticeActions = {} as const;
