/**
 * Inputs and outputs of the `objection` function. Objections (异议) to nominees in a notice: real-name filing, cases handled by cadres, confidential objector identities (sealed, then erased).
 */
export const objectionActions = {} as const;
