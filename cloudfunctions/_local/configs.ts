/** Each function's `config.json` (timeout, timer triggers), read the way the deploy reads it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FunctionConfig } from './runner';

export const FUNCTIONS_DIR = path.resolve(__dirname, '..');
export const FUNCTION_NAMES = [
  'identity',
  'org',
  'content',
  'promotion',
  'nomination',
  'notice',
  'objection',
  'feedback',
  'scheduler',
] as const;

export function loadFunctionConfigs(): Record<string, FunctionConfig> {
  const out: Record<string, FunctionConfig> = {};
  for (const name of FUNCTION_NAMES) {
    out[name] = JSON.parse(readFileSync(path.join(FUNCTIONS_DIR, name, 'config.json'), 'utf8')) as FunctionConfig;
  }
  return out;
}
