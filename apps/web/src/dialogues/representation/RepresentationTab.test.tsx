import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { RepresentationFigures_FiguresFragment } from '../../gql/graphql';
import { aCurrentUser } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { DialogueRepresentationDocument } from '../documents';
import { dialogueFormatters } from '../format';
import { figureText } from './figures';
import { RepresentationTab } from './RepresentationTab';

const DIALOGUE_ID = '00000000-0000-4000-8000-00000000d003';
const shown = (count: number, share: number) => ({
  __typename: 'RepresentationCount' as const,
  count,
  share,
  suppressed: false,
});
const hidden = { __typename: 'RepresentationCount' as const, count: null, share: null, suppressed: true };

function figures(
  overrides: Partial<RepresentationFigures_FiguresFragment> = {},
): RepresentationFigures_FiguresFragment {
  return {
    __typename: 'RepresentationFigures',
    statuses: ['INVITED', 'REGISTERED', 'ATTENDED'],
    total: shown(12, 1),
    globalSouth: shown(9, 0.75),
    women: shown(6, 0.5),
    youth: hidden,
    noCountry: hidden,
    cameBack: hidden,
    regions: [
      {
        __typename: 'RegionRepresentation',
        regionCode: '002',
        regionName: 'Africa',
        count: 7,
        share: 0.5833,
        suppressed: false,
      },
      {
        __typename: 'RegionRepresentation',
        regionCode: '009',
        regionName: 'Oceania',
        count: null,
        share: null,
        suppressed: true,
      },
    ],
    organizationKinds: [
      {
        __typename: 'OrganizationKindRepresentation',
        kind: 'CSO',
        count: 10,
        share: 0.8333,
        suppressed: false,
      },
      {
        __typename: 'OrganizationKindRepresentation',
        kind: 'UN_ENTITY',
        count: null,
        share: null,
        suppressed: true,
      },
    ],
    ...overrides,
  };
}

function renderTab(attended = figures({ total: hidden })) {
  return renderWithProviders(
    <Routes>
      <Route path="/dialogues/:id/representation" element={<RepresentationTab dialogueId={DIALOGUE_ID} />} />
    </Routes>,
    {
      route: `/dialogues/${DIALOGUE_ID}/representation`,
      session: { me: aCurrentUser() },
      mocks: [
        {
          request: { query: DialogueRepresentationDocument, variables: { id: DIALOGUE_ID } },
          result: {
            data: {
              dialogue: {
                __typename: 'Dialogue',
                id: DIALOGUE_ID,
                representation: {
                  __typename: 'DialogueRepresentation',
                  threshold: 5,
                  previousDialogueNumber: 2,
                  attended,
                  invitedOrAttended: figures(),
                },
              },
            },
          },
        },
      ],
    },
  );
}

describe('figureText', () => {
  const format = dialogueFormatters('en');
  const t = ((key: string, options?: { threshold?: string }) =>
    key === 'representation.fewerThan' ? `fewer than ${options?.threshold ?? ''}` : key) as never;

  it('reads a suppressed count as "fewer than N", never 0 or blank, with no share', () => {
    const text = figureText({ count: null, share: null, suppressed: true }, 5, t, format);
    expect(text).toEqual({ count: 'fewer than 5', share: null, suppressed: true, ratio: null });
  });

  it('treats a null count as suppressed even if the flag is missing', () => {
    expect(figureText({ count: null, suppressed: false }, 5, t, format).count).toBe('fewer than 5');
  });

  it('formats counts and shares for the language', () => {
    expect(figureText({ count: 1234, share: 0.583, suppressed: false }, 5, t, format)).toMatchObject({
      count: '1,234',
      share: '58%',
      ratio: 0.583,
    });
    const french = dialogueFormatters('fr');
    expect(figureText({ count: 1234, share: 0.5, suppressed: false }, 5, t, french).count).toBe('1\u202f234');
  });
});

describe('RepresentationTab', () => {
  it('shows counts and shares, and small groups as "fewer than 5"', async () => {
    renderTab();
    const headline = await screen.findByRole('table', { name: 'At a glance' });
    const row = (name: RegExp) => within(headline).getByRole('row', { name });
    expect(row(/All participants/)).toHaveTextContent('12');
    expect(row(/Based in the Global South/)).toHaveTextContent('75%');
    expect(row(/Women/)).toHaveTextContent('50%');
    expect(row(/Youth/)).toHaveTextContent('fewer than 5');
    expect(row(/Youth/)).not.toHaveTextContent(/\b0\b/);
    expect(row(/Also attended Dialogue no\. 2/)).toHaveTextContent('fewer than 5');
    // Regions and kinds too small to show are listed together, never as 0.
    const regions = screen.getByRole('table', { name: 'By region (country of base)' });
    expect(within(regions).getByRole('row', { name: /Africa/ })).toHaveTextContent('58%');
    expect(screen.getByText('Fewer than 5 each: Oceania.')).toBeInTheDocument();
    expect(screen.getByText('Fewer than 5 each: UN entity.')).toBeInTheDocument();
  });

  it('switches to those who attended through the URL', async () => {
    const { user } = renderTab();
    await screen.findByRole('table', { name: 'At a glance' });
    await user.click(screen.getByText('Attended'));
    const headline = screen.getByRole('table', { name: 'At a glance' });
    expect(within(headline).getByRole('row', { name: /All participants/ })).toHaveTextContent('fewer than 5');
  });
});
