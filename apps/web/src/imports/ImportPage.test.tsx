import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ImportJobDocument, ImportRowsDocument, SetImportMappingDocument } from './documents';
import { IMPORT_ROWS_PAGE, ImportPage } from './ImportPage';
import { uploadImport } from './uploadImport';

const ID = '11111111-1111-4111-8111-111111111111';

function job(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Import',
    id: ID,
    kind: 'ORGANIZATIONS',
    status: 'MAPPING',
    fileName: 'partners.csv',
    format: 'CSV',
    encoding: 'UTF-8 with BOM',
    sheet: null,
    sheetNames: [],
    notes: ['1 blank row skipped.'],
    mappingSource: 'SUGGESTED',
    error: null,
    fields: ['name', 'acronym', 'kind', 'country', 'scope', 'website', 'description', 'themes'],
    dialogueId: null,
    columns: [
      { __typename: 'ImportColumn', column: 0, header: 'Nom', field: 'name', samples: ['Réseau Paix'] },
      { __typename: 'ImportColumn', column: 1, header: 'Pays', field: 'country', samples: ['Ivory Coast'] },
      { __typename: 'ImportColumn', column: 2, header: 'Misc', field: null, samples: ['x'] },
    ],
    progress: { __typename: 'ImportProgress', total: 2, parsed: 2, checked: 0, written: 0 },
    counts: {
      __typename: 'ImportCounts',
      rows: 2,
      errors: 1,
      duplicates: 0,
      new: 1,
      create: 1,
      merge: 0,
      skip: 0,
      undecided: 1,
      created: 0,
      merged: 0,
      skipped: 0,
    },
    sameFileAs: null,
    ...overrides,
  };
}

const render = (mocks: unknown[]) =>
  renderWithProviders(
    <Routes>
      <Route path="/import" element={<ImportPage />} />
    </Routes>,
    { route: `/import?id=${ID}`, mocks: mocks as never },
  );

describe('ImportPage', () => {
  it('shows the suggested mapping with samples, and sends the corrected one to start the dry run', async () => {
    const mapping = vi.fn(() => ({ data: { setImportMapping: job({ status: 'CHECKING' }) } }));
    const { user } = render([
      {
        request: { query: ImportJobDocument, variables: { id: ID } },
        result: { data: { importJob: job() } },
      },
      {
        request: {
          query: SetImportMappingDocument,
          variables: {
            input: {
              importId: ID,
              mapping: [
                { column: 0, field: 'name' },
                { column: 1, field: 'country' },
                { column: 2, field: 'description' },
              ],
              dialogueId: null,
            },
          },
        },
        result: mapping,
      },
    ]);
    expect(await screen.findByText('Which column is which?')).toBeInTheDocument();
    expect(screen.getByText('Ivory Coast')).toBeInTheDocument();
    expect(screen.getByText('1 blank row skipped.')).toBeInTheDocument();
    expect(screen.getByLabelText('Goes into: Nom', { selector: 'input' })).toHaveValue('Name');
    await user.click(screen.getByLabelText('Goes into: Misc', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Description' }));
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await vi.waitFor(() => expect(mapping).toHaveBeenCalledTimes(1));
  });

  it('shows the dry run: counts, errors with their column, and blocks the commit until every row is decided', async () => {
    render([
      {
        request: { query: ImportJobDocument, variables: { id: ID } },
        result: { data: { importJob: job({ status: 'CHECKED' }) } },
      },
      {
        request: { query: ImportRowsDocument, variables: { id: ID, filter: {}, first: IMPORT_ROWS_PAGE } },
        result: {
          data: {
            importRows: {
              __typename: 'ImportRowConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
              edges: [
                {
                  __typename: 'ImportRowEdge',
                  node: {
                    __typename: 'ImportRow',
                    rowNumber: 3,
                    cells: ['Bad Org', '', 'Atlantis', ''],
                    status: 'ERROR',
                    choice: null,
                    targetId: null,
                    resultAction: null,
                    resultId: null,
                    values: [],
                    errors: [
                      {
                        __typename: 'ImportCellProblem',
                        field: 'country',
                        column: 'Pays',
                        message: '"Atlantis" is not a country Convene knows',
                      },
                    ],
                    warnings: [],
                    matches: [],
                  },
                },
              ],
            },
          },
        },
      },
    ]);
    expect(
      await screen.findByText(
        '2 rows: 1 new, 0 likely duplicates, 1 with errors. To create: 1, to merge: 0, to skip: 0, still to decide: 1.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Pays: "Atlantis" is not a country Convene knows')).toBeInTheDocument();
    // The row as read, its empty cells left out.
    expect(screen.getByText('Bad Org · Atlantis')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Commit the import' })).toBeDisabled();
    expect(screen.getByText('Choose for every row before committing (1 left).')).toBeInTheDocument();
  });
});

describe('uploadImport', () => {
  it('sends the bytes as application/octet-stream and passes on the server’s sentence when refused', async () => {
    const fetchImpl = vi.fn(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'This is a PDF document.' } }),
          {
            status: 400,
          },
        ),
      ),
    );
    const result = await uploadImport(new Blob(['%PDF']), { kind: 'PEOPLE', fileName: 'a b.csv' }, fetchImpl);
    expect(result).toEqual({ ok: false, status: 400, message: 'This is a PDF document.' });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/imports?kind=PEOPLE',
      expect.objectContaining({
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'a%20b.csv' },
      }),
    );
  });
});
