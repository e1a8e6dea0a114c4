import Taro from '@tarojs/taro';
import { content } from './content';
import { identity } from './identity';
import { local } from './local';
import { writePersona } from './persona';
import { newRequestId, upload } from './transport';
import { taroTest } from '../test/taro-mock';

const LIST_OK = { ok: true, data: { items: [], nextCursor: null }, serverTime: '2025-05-01T00:00:00Z' };

function respond(body: unknown, status = 200) {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: () => null },
    json: () => (typeof body === 'string' ? Promise.reject(new SyntaxError('not json')) : Promise.resolve(body)),
  };
}

const fetchMock = jest.fn();
beforeAll(() => {
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});
afterEach(() => {
  fetchMock.mockReset();
  taroTest.reset();
  process.env.TARO_ENV = 'h5';
});

describe('transport on h5', () => {
  it('refuses invalid input locally, with Chinese messages', async () => {
    const reply = await identity.redeemInvitation({ code: 'nope' });
    expect(reply).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    if (reply.ok) throw new Error('expected an error');
    expect(reply.issues?.[0]).toEqual({ path: ['code'], message: '邀请码格式为 12 位字母或数字' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns a network failure into NETWORK', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await content.listStories({})).toEqual({
      ok: false,
      code: 'NETWORK',
      message: '网络连接失败，请检查网络后重试',
    });
  });

  it('turns a reply that does not match the schema into INTERNAL', async () => {
    fetchMock.mockResolvedValue(respond({ ok: true, data: { items: 'no' }, serverTime: 'x' }));
    expect(await content.listStories({})).toMatchObject({
      ok: false,
      code: 'INTERNAL',
      message: '服务暂时不可用，请稍后重试',
    });
  });

  it('turns a body that is not JSON into INTERNAL', async () => {
    fetchMock.mockResolvedValue(respond('<html>', 502));
    expect(await content.listStories({})).toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('times out into NETWORK', async () => {
    jest.useFakeTimers();
    try {
      fetchMock.mockReturnValue(new Promise(() => undefined));
      const pending = content.listStories({}, { timeoutMs: 1000 });
      jest.advanceTimersByTime(1000);
      expect(await pending).toMatchObject({ ok: false, code: 'NETWORK' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the server message of an error reply, whatever the HTTP status', async () => {
    fetchMock.mockResolvedValue(respond({ ok: false, code: 'NOT_FOUND', message: '故事不存在' }, 404));
    expect(await content.getStory({ id: 's1' })).toEqual({ ok: false, code: 'NOT_FOUND', message: '故事不存在' });
  });

  it('posts the envelope to /fn/<name> with the persona and the request id', async () => {
    writePersona('openid-cadre');
    fetchMock.mockResolvedValue(respond(LIST_OK));
    const reply = await content.listStories({ cursor: null, limit: 10 }, { requestId: 'req_12345678' });
    expect(reply).toEqual(LIST_OK);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/fn/content');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', 'x-laomo-persona': 'openid-cadre' });
    expect(JSON.parse(init.body as string)).toEqual({
      action: 'listStories',
      data: { cursor: null, limit: 10 },
      requestId: 'req_12345678',
    });
  });

  it('sends no persona header when none is chosen', async () => {
    fetchMock.mockResolvedValue(respond(LIST_OK));
    await content.listStories({});
    const init = fetchMock.mock.calls[0][1] as RequestInit;
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).not.toHaveProperty('requestId');
  });
});

describe('transport on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('calls the cloud function with the envelope and parses its result', async () => {
    (Taro.cloud.callFunction as jest.Mock).mockResolvedValue({ result: LIST_OK });
    expect(await content.listStories({ limit: 5 })).toEqual(LIST_OK);
    expect(Taro.cloud.callFunction).toHaveBeenCalledWith({
      name: 'content',
      data: { action: 'listStories', data: { limit: 5 } },
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a crashed function as INTERNAL and a failed call as NETWORK', async () => {
    (Taro.cloud.callFunction as jest.Mock).mockRejectedValueOnce({
      errCode: -504002,
      errMsg: 'cloud.callFunction:fail FUNCTIONS_EXECUTE_FAIL',
    });
    expect(await content.listStories({})).toMatchObject({ code: 'INTERNAL' });
    (Taro.cloud.callFunction as jest.Mock).mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail request:fail' });
    expect(await content.listStories({})).toMatchObject({ code: 'NETWORK' });
  });

  it('never asks for local personas', async () => {
    expect(await local.personas()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('local personas (h5)', () => {
  it('reads the list', async () => {
    const personas = [{ openid: 'o1', label: '公众（游客）', description: '未登录的访客' }];
    fetchMock.mockResolvedValue(respond({ personas }));
    expect(await local.personas()).toMatchObject({ ok: true, data: { personas } });
    expect(fetchMock.mock.calls[0][0]).toBe('/local/personas');
  });

  it('reads 404 as "not in local mode"', async () => {
    fetchMock.mockResolvedValue(respond({}, 404));
    expect(await local.personas()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('newRequestId', () => {
  it('matches the envelope rule and differs each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRequestId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe('upload', () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('h5: posts the chosen blob as multipart field `file`, typed and named by the extension', async () => {
    writePersona('openid-cadre');
    fetchMock
      .mockResolvedValueOnce({ blob: () => Promise.resolve(new Blob(['PK'], { type: '' })) })
      .mockResolvedValueOnce(respond({ ok: true, data: { fileId: 'tmp/abc.xlsx' } }));
    expect(await upload('blob:http://local/1', 'XLSX')).toMatchObject({ ok: true, data: { fileId: 'tmp/abc.xlsx' } });
    expect(fetchMock.mock.calls[0][0]).toBe('blob:http://local/1');
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/files/upload');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'x-laomo-persona': 'openid-cadre' });
    const file = (init.body as FormData).get('file') as File;
    expect(file.name).toBe('upload.xlsx');
    expect(file.type).toBe(XLSX);
  });

  it('h5: keeps the runner error and turns a failed request into NETWORK', async () => {
    fetchMock
      .mockResolvedValueOnce({ blob: () => Promise.resolve(new Blob(['x'])) })
      .mockResolvedValueOnce(respond({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: '文件过大' }, 413));
    expect(await upload('blob:1', 'xlsx')).toEqual({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: '文件过大' });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await upload('blob:1', 'xlsx')).toMatchObject({ ok: false, code: 'NETWORK' });
  });

  it('weapp: uploads to tmp/<uuid>.<ext> in cloud storage and returns the fileID', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.cloud.uploadFile as jest.Mock).mockResolvedValue({ fileID: 'cloud://env/tmp/x.xlsx', statusCode: 200 });
    expect(await upload('wxfile://tmp_1.xlsx', 'xlsx')).toMatchObject({
      ok: true,
      data: { fileId: 'cloud://env/tmp/x.xlsx' },
    });
    const [{ cloudPath, filePath }] = (Taro.cloud.uploadFile as jest.Mock).mock.calls[0] as [
      { cloudPath: string; filePath: string },
    ];
    expect(filePath).toBe('wxfile://tmp_1.xlsx');
    expect(cloudPath).toMatch(/^tmp\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.xlsx$/);
    expect(fetchMock).not.toHaveBeenCalled();

    (Taro.cloud.uploadFile as jest.Mock).mockRejectedValue({ errMsg: 'cloud.uploadFile:fail' });
    expect(await upload('wxfile://tmp_1.xlsx', 'xlsx')).toMatchObject({ ok: false, code: 'NETWORK' });
  });
});
