/** Just enough multipart/form-data to take one uploaded file (Taro.uploadFile on H5). */
export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export function parseMultipartFile(body: Buffer, contentTypeHeader: string): UploadedFile | null {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length + 2;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1) return null;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const next = body.indexOf(delimiter, headerEnd);
    if (next === -1) return null;
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (filename !== undefined) {
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      return { filename, contentType, bytes: body.subarray(headerEnd + 4, next - 2) };
    }
    start = next;
  }
  return null;
}
