import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import type { CurrentUser } from '../auth/session';
import { aCurrentUser, ADMIN_PERMISSIONS } from '../test/factories';
import { renderWithProviders } from '../test/render';
import type { ExportRequest } from './exportFile';
import { ExportMenu } from './ExportMenu';

const REQUEST: ExportRequest = {
  list: 'organizations',
  filter: { countryCodes: ['GH'], text: 'peace' },
  sort: { field: 'NAME', order: 'DESC' },
};

function renderMenu(me: CurrentUser = aCurrentUser()) {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <ExportMenu request={REQUEST} />
    </CurrentUserProvider>,
    { session: { me } },
  );
}

/** A streamed response, as fetch gives it: the body arrives in chunks. */
function fileResponse(chunks: string[], headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

let fetchMock: ReturnType<typeof vi.fn>;
let saved: { name: string; blob: Blob }[];

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ExportMenu', () => {
  it('exports the whole list with its filters and sort, shows progress, then saves the file', async () => {
    let finish: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise<Response>((resolve) => (finish = resolve)));
    const { user } = renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (UTF-8)' }));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/exports');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({ ...REQUEST, format: 'csv' });
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the export…');
    expect(screen.getByRole('button', { name: /Export/ })).toHaveAttribute('data-loading', 'true');

    finish(
      fileResponse(['\uFEFFName\r\n', 'Ghana Peace Network\r\n'], {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="organizations-2025-01-02.csv"',
        'x-export-rows': '1',
      }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('organizations-2025-01-02.csv');
    const bytes = new Uint8Array(await saved[0].blob.arrayBuffer());
    expect([...bytes]).toEqual([...new TextEncoder().encode('\uFEFFName\r\nGhana Peace Network\r\n')]);
    expect(screen.getByRole('status')).toHaveTextContent('Exported 1 row to organizations-2025-01-02.csv.');
  });

  it('asks for Excel with the same arguments', async () => {
    fetchMock.mockResolvedValue(
      fileResponse(['PK'], {
        'content-disposition': 'attachment; filename="organizations-2025-01-02.xlsx"',
        'x-export-rows': '2',
      }),
    );
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (XLSX)' }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['organizations-2025-01-02.xlsx']));
    expect(JSON.parse((fetchMock.mock.calls[0] as [string, RequestInit])[1].body as string)).toMatchObject({
      format: 'xlsx',
      sort: { field: 'NAME', order: 'DESC' },
    });
  });

  it('says how many people a participant list left out for want of consent', async () => {
    fetchMock.mockResolvedValue(
      fileResponse(['\uFEFFPerson\r\nAma Mensah\r\n'], {
        'content-disposition': 'attachment; filename="participants-2026-03-02.csv"',
        'x-export-rows': '1',
        'x-export-left-out': '2',
      }),
    );
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (UTF-8)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Exported 1 row to participants-2026-03-02.csv. 2 people were left out: they have not consented to being listed as participants (the file says so in its last row).',
    );
  });

  it('says what went wrong when the server refuses, and saves nothing', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            code: 'BAD_USER_INPUT',
            message:
              'filter: this list has 2000000 rows; an export holds at most 1000000. Narrow the filters.',
            fields: [
              {
                field: 'filter',
                message: 'this list has 2000000 rows; an export holds at most 1000000. Narrow the filters.',
              },
            ],
          },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      ),
    );
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (UTF-8)' }));

    const dialog = await screen.findByRole('dialog', { name: 'The export failed' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Narrow the filters/);
    expect(saved).toEqual([]);
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reports a download cut off half-way as a failure', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('\uFEFFName\r\n'));
        controller.error(new TypeError('network error'));
      },
    });
    fetchMock.mockResolvedValue(new Response(body, { status: 200, headers: { 'x-export-rows': '5000' } }));
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (UTF-8)' }));
    expect(await screen.findByRole('dialog', { name: 'The export failed' })).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('is not offered to roles that may not export', () => {
    const me = aCurrentUser({
      role: 'CORE_GROUP',
      permissions: ADMIN_PERMISSIONS.filter((p) => p !== 'lists.export'),
    });
    renderMenu(me);
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });
});
