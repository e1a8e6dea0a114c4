/** The local runner's own endpoints (H5 local mode only; absent in production). */
import * as z from 'zod/mini';
import type { Reply } from '../../shared/envelope';
import { getLocal } from './transport';

const personaSchema = z.object({ openid: z.string(), label: z.string(), description: z.string() });
const personasSchema = z.object({ personas: z.array(personaSchema) });

export type Persona = z.infer<typeof personaSchema>;

export const local = {
  /** `NOT_FOUND` when not in local mode (the runner answers 404, and weapp never asks). */
  personas: (): Promise<Reply<{ personas: Persona[] }>> => getLocal('/local/personas', personasSchema),
};
