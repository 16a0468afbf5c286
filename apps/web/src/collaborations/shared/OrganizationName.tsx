import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { Withheld } from '../../ui/protection/Withheld';

/**
 * An organisation's name, linked to its page; the lock and "withheld" when the API withheld the name from this
 * user (never a blank, never the name in a tooltip or label).
 */
export function OrganizationName({
  organization,
  link = true,
  compact = true,
}: {
  organization: { id: string; name?: string | null; acronym?: string | null; withheld: readonly string[] };
  link?: boolean;
  compact?: boolean;
}) {
  if (organization.withheld.includes('name') || !organization.name) return <Withheld compact={compact} />;
  const label = organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;
  if (!link) return <>{label}</>;
  return (
    <Anchor component={Link} to={`/organizations/${organization.id}`} size="sm">
      {label}
    </Anchor>
  );
}
