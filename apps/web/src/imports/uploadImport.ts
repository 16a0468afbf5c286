/** What the upload endpoint answers. */
export type UploadResult = { ok: true; id: string } | { ok: false; message: string; status: number };

/**
 * Sends the file's bytes to `POST /api/imports` with the session cookie. `application/octet-stream` is not a
 * content type a page on another site can send without asking first, so the endpoint refuses forged uploads.
 */
export async function uploadImport(
  file: Blob,
  options: { kind: string; fileName: string; dialogueId?: string | null },
  fetchImpl: typeof fetch = fetch,
): Promise<UploadResult> {
  const query = new URLSearchParams({ kind: options.kind });
  if (options.dialogueId) query.set('dialogueId', options.dialogueId);
  let response: Response;
  try {
    response = await fetchImpl(`/api/imports?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(options.fileName),
      },
      body: file,
    });
  } catch {
    return { ok: false, status: 0, message: '' };
  }
  const body = (await response.json().catch(() => ({}))) as {
    import?: { id: string };
    error?: { message: string };
  };
  if (response.ok && body.import) return { ok: true, id: body.import.id };
  return { ok: false, status: response.status, message: body.error?.message ?? '' };
}
