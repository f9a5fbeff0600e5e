import { isFinished, uploadPlaceFile } from './upload-place-file';

const file = Object.assign(new Blob(['gss-code,official-name\n']), { name: 'uk local authorities.csv' });

function answering(status: number, body: unknown) {
  return jest.fn(
    async () => ({ ok: status >= 200 && status < 300, status, json: async () => body }) as unknown as Response,
  );
}

describe('uploadPlaceFile', () => {
  it('posts the raw file to the kind’s endpoint with its name, the CSRF header and the session cookie', async () => {
    const send = answering(202, { id: 'job-1', status: 'QUEUED' });
    expect(await uploadPlaceFile('councils', file, send)).toEqual({ ok: true, value: 'job-1' });
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/imports/places/councils?name=uk%20local%20authorities.csv');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Requested-With': 'common-ground' },
      body: file,
    });
  });

  it('gives the API’s own sentence when it refuses', async () => {
    const send = answering(403, {
      error: { code: 'FORBIDDEN', message: 'Only instance administrators can import official place data.' },
    });
    expect(await uploadPlaceFile('postcodes', file, send)).toEqual({
      ok: false,
      error: new Error('Only instance administrators can import official place data.'),
    });
  });

  it('says what happened when the answer is not the API’s JSON, or nothing came back', async () => {
    const proxy = jest.fn(
      async () =>
        ({ ok: false, status: 502, json: async () => Promise.reject(new Error('html')) }) as unknown as Response,
    );
    expect(await uploadPlaceFile('postcodes', file, proxy)).toEqual({
      ok: false,
      error: new Error('The server did not accept the file (HTTP 502). Try again, or import it from the command line.'),
    });
    const offline = jest.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await uploadPlaceFile('postcodes', file, offline as unknown as typeof fetch)).ok).toBe(false);
  });
});

describe('isFinished', () => {
  it('is true once a job succeeded or failed', () => {
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'].map((status) => isFinished({ status } as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
