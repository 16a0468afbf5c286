import type { AppError } from '../ui/errors';

/** The lists the API exports (POST /exports), as the API names them. */
export type ExportListName =
  | 'organizations'
  | 'people'
  | 'engagements'
  | 'follow-ups'
  | 'collaborations'
  | 'recommendations'
  | 'participants';

export type ExportFormat = 'csv' | 'xlsx';

/** A list's arguments exactly as its GraphQL query takes them (without paging). */
export interface ExportRequest {
  list: ExportListName;
  filter?: unknown;
  sort?: unknown;
  order?: 'ASC' | 'DESC';
  dialogueId?: string;
}

export interface ExportProgress {
  /** Rows the list has, as the server counted them when the export started. */
  totalRows: number | null;
  /** Bytes received so far. */
  bytes: number;
}

export interface ExportedFile {
  blob: Blob;
  filename: string;
  totalRows: number | null;
  /** People left out for want of consent (participant lists: consent to being listed). */
  leftOut: number;
}

export const EXPORT_ENDPOINT = '/exports';

const API_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;

/** An AppError from the API's JSON error body (or from a broken download). */
export class ExportError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ExportError';
  }
}

async function errorFrom(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; fields?: AppError['fields']; reference?: string };
    };
    const code = (API_CODES as readonly string[]).includes(body.error?.code ?? '')
      ? (body.error?.code as AppError['code'])
      : 'UNKNOWN';
    return {
      code,
      message: body.error?.message ?? '',
      fields: Array.isArray(body.error?.fields) ? body.error.fields : [],
      reference: body.error?.reference,
    };
  } catch {
    return { code: response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', message: '', fields: [] };
  }
}

function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Asks the API for the whole list as a file and reads it as it streams in, reporting progress. Throws an
 * ExportError saying what went wrong (a refusal before the file, or a download cut off half-way).
 */
export async function fetchExport(
  request: ExportRequest,
  format: ExportFormat,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  let response: Response;
  try {
    response = await fetch(EXPORT_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, format }),
      signal,
    });
  } catch {
    throw new ExportError({ code: 'NETWORK', message: '', fields: [] });
  }
  if (!response.ok) throw new ExportError(await errorFrom(response));
  const rows = response.headers.get('x-export-rows');
  const totalRows = rows === null ? null : Number(rows);
  const chunks: BlobPart[] = [];
  let bytes = 0;
  onProgress({ totalRows, bytes });
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        onProgress({ totalRows, bytes });
      }
    } else {
      const buffer = await response.arrayBuffer();
      chunks.push(buffer);
      bytes = buffer.byteLength;
    }
  } catch {
    // The server stops sending when it fails half-way: what arrived is not the list, so nothing is saved.
    throw new ExportError({ code: 'NETWORK', message: '', fields: [] });
  }
  const today = new Date().toISOString().slice(0, 10);
  return {
    blob: new Blob(chunks, { type: response.headers.get('content-type') ?? undefined }),
    filename: filenameOf(response, `${request.list}-${today}.${format}`),
    totalRows,
    leftOut: Number(response.headers.get('x-export-left-out') ?? 0) || 0,
  };
}

/** Saves a file through the browser's download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the object URL only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
