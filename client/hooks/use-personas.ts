/** The local runner's demo personas (H5 local mode only); `available` is false everywhere else. */
import { useState } from 'react';
import { local, type Persona } from '../api/local';
import { readPersona, writePersona } from '../api/persona';
import { useRequest } from './use-request';

export interface Personas {
  available: boolean;
  personas: Persona[];
  current: string | null;
  choose: (openid: string) => void;
}

export function usePersonas(onChange: () => void): Personas {
  // Off H5 the api answers NOT_FOUND without a request, so the switcher stays hidden.
  const result = useRequest(() => local.personas(), []);
  const [current, setCurrent] = useState<string | null>(() => readPersona());
  const personas = result.status === 'ok' ? result.data.personas : [];
  return {
    available: result.status === 'ok',
    personas,
    current,
    choose: (openid) => {
      writePersona(openid);
      setCurrent(openid);
      onChange();
    },
  };
}
