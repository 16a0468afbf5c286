import {
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconCopy,
  IconEyeCheck,
  IconFileImport,
  IconHome,
  IconHourglass,
  IconMessages,
  IconTrash,
  IconUser,
  IconTableExport,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/permissions';

export type NavigationKey =
  | 'home'
  | 'organizations'
  | 'people'
  | 'engagements'
  | 'followUps'
  | 'dialogues'
  | 'collaborations'
  | 'recommendations'
  | 'dashboard'
  | 'trash'
  | 'duplicates'
  | 'import'
  | 'users'
  | 'exports'
  | 'accessLog'
  | 'retention';

export interface NavigationItem {
  key: NavigationKey;
  to: string;
  label: string;
  icon: Icon;
  /** Administration, at the foot of the sidebar. */
  admin?: boolean;
}

/**
 * The sections the signed-in user can use, in sidebar order: the sidebar and the command palette both list
 * these. A section whose data the user may not read is left out; write actions are hidden inside the pages.
 */
export function useNavigationItems(): NavigationItem[] {
  const { t } = useTranslation();
  const can = useCan();
  return useMemo(() => {
    const all: (NavigationItem & { allowed: boolean })[] = [
      { key: 'home', to: '/', label: t('nav.home'), icon: IconHome, allowed: true },
      {
        key: 'organizations',
        to: '/organizations',
        label: t('nav.organizations'),
        icon: IconBuildingCommunity,
        allowed: can('register.read'),
      },
      { key: 'people', to: '/people', label: t('nav.people'), icon: IconUser, allowed: can('register.read') },
      {
        key: 'engagements',
        to: '/engagements',
        label: t('nav.engagements'),
        icon: IconMessages,
        allowed: can('engagements.read'),
      },
      {
        key: 'followUps',
        to: '/follow-ups',
        label: t('nav.followUps'),
        icon: IconChecklist,
        allowed: can('engagements.read'),
      },
      {
        key: 'dialogues',
        to: '/dialogues',
        label: t('nav.dialogues'),
        icon: IconCalendarEvent,
        allowed: can('register.read'),
      },
      {
        key: 'collaborations',
        to: '/collaborations',
        label: t('nav.collaborations'),
        icon: IconUsersGroup,
        allowed: can('collaborations.read'),
      },
      {
        key: 'recommendations',
        to: '/recommendations',
        label: t('nav.recommendations'),
        icon: IconBulb,
        allowed: can('recommendations.read'),
      },
      // Managers: the dashboard counts every engagement, so it is for those who read them all.
      {
        key: 'dashboard',
        to: '/dashboard',
        label: t('nav.dashboard'),
        icon: IconChartBar,
        allowed: can('engagements.read-all'),
      },
      // Restoring is writing: the trash is for those who may change the register.
      {
        key: 'trash',
        to: '/trash',
        label: t('nav.trash'),
        icon: IconTrash,
        allowed: can('register.write') || can('engagements.manage'),
      },
      {
        key: 'duplicates',
        to: '/duplicates',
        label: t('nav.duplicates'),
        icon: IconCopy,
        allowed: can('records.merge'),
      },
      {
        key: 'import',
        to: '/import',
        label: t('nav.import'),
        icon: IconFileImport,
        admin: true,
        allowed: can('imports.run'),
      },
      {
        key: 'users',
        to: '/admin/users',
        label: t('nav.users'),
        icon: IconUsers,
        admin: true,
        allowed: can('users.manage'),
      },
      {
        key: 'exports',
        to: '/admin/exports',
        label: t('nav.exports'),
        icon: IconTableExport,
        admin: true,
        allowed: can('exports.audit'),
      },
      {
        key: 'accessLog',
        to: '/admin/access-log',
        label: t('nav.accessLog'),
        icon: IconEyeCheck,
        admin: true,
        allowed: can('access-log.audit'),
      },
      {
        key: 'retention',
        to: '/admin/retention',
        label: t('nav.retention'),
        icon: IconHourglass,
        admin: true,
        allowed: can('retention.manage'),
      },
    ];
    return all.filter((item) => item.allowed).map(({ allowed: _allowed, ...item }) => item);
  }, [t, can]);
}
