/**
 * Inputs and outputs of the `feedback` function. Feedback (意见反馈) and leads on outstanding workers (推荐线索): anyone sends, cadres assign, reply and close.
 */
export const feedbackActions = {} as const;
