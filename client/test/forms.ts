/** Helpers for form tests: typing into Taro's H5 inputs, and fake api calls that answer in order. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Reply } from '../../shared/envelope';
import type { CallOptions } from '../api/transport';
import type { Org } from '../../shared/org';
import { fail, ok } from './fixtures';

/** Taro's H5 Input / Textarea render their native element asynchronously: wait for it, then type. */
export async function typeInto(label: string, value: string): Promise<void> {
  const el = await waitFor(() => {
    const found = document.querySelector(
      [
        `[aria-label="${label}"] input`,
        `input[aria-label="${label}"]`,
        `[aria-label="${label}"] textarea`,
        `textarea[aria-label="${label}"]`,
      ].join(', '),
    );
    if (!found) throw new Error(`no field labelled ${label}`);
    return found as HTMLInputElement | HTMLTextAreaElement;
  });
  fireEvent.input(el, { target: { value } });
}

/** A fake api call: answers with `replies` in order (INTERNAL when they run out), recording every call. */
export function fakeCall<I, O>(...replies: Array<Reply<O> | Promise<Reply<O>>>) {
  return jest.fn((_input: I, _options?: CallOptions) => Promise.resolve(replies.shift() ?? fail('INTERNAL')));
}

/** Taro's H5 button keeps `disabled="false"` when enabled: read the property. */
export function buttonNamed(text: string): HTMLElement & { disabled?: boolean } {
  return screen.getByText(text).closest('taro-button-core') as HTMLElement & { disabled?: boolean };
}

export function org(id: string, overrides: Partial<Org> = {}): Org {
  return {
    id,
    version: 1,
    name: `${id} 工会`,
    kind: 'grassroots',
    parentId: 'sub-east',
    pathKey: `/district/sub-east/${id}/`,
    status: 'active',
    ...overrides,
  };
}

export const DISTRICT: Org = {
  id: 'district',
  version: 1,
  name: '示范区总工会',
  kind: 'districtFederation',
  parentId: null,
  pathKey: '/district/',
  status: 'active',
};

export const SUB_EAST: Org = {
  id: 'sub-east',
  version: 3,
  name: '东湖街道总工会',
  kind: 'subdistrict',
  parentId: 'district',
  pathKey: '/district/sub-east/',
  status: 'active',
};

type Handler = (data: Record<string, unknown>) => unknown;

/**
 * A fake back end behind `fetch` for components that call the real api modules: `org.children`
 * etc. answer from `handlers` (a reply body), anything else NOT_FOUND. Returns the calls made.
 */
export function fakeBackend(handlers: Record<string, Handler>) {
  const calls: Array<{ key: string; data: Record<string, unknown> }> = [];
  const fetchMock = jest.fn(async (url: string, init?: { body?: string }) => {
    const name = url.replace(/^\/fn\//, '');
    const envelope = JSON.parse(init?.body ?? '{}') as { action: string; data: Record<string, unknown> };
    const key = `${name}.${envelope.action}`;
    calls.push({ key, data: envelope.data });
    const handler = handlers[key];
    const body = handler ? handler(envelope.data) : fail('NOT_FOUND');
    return { status: 200, ok: true, headers: { get: () => null }, json: () => Promise.resolve(body) };
  });
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return { calls, fetchMock };
}

/** `org.children` from a list of organizations, by parent. */
export function childrenOf(orgs: Org[]): Handler {
  return (data) => ok({ items: orgs.filter((o) => o.parentId === data.parentId), nextCursor: null });
}
