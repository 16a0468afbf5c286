import arCollaborations from '../collaborations/locales/ar.json';
import enCollaborations from '../collaborations/locales/en.json';
import esCollaborations from '../collaborations/locales/es.json';
import frCollaborations from '../collaborations/locales/fr.json';
import arDialogues from '../dialogues/locales/ar.json';
import enDialogues from '../dialogues/locales/en.json';
import esDialogues from '../dialogues/locales/es.json';
import frDialogues from '../dialogues/locales/fr.json';
import arDirectory from '../directory/locales/ar.json';
import enDirectory from '../directory/locales/en.json';
import esDirectory from '../directory/locales/es.json';
import frDirectory from '../directory/locales/fr.json';
import arEngagements from '../engagements/locales/ar.json';
import enEngagements from '../engagements/locales/en.json';
import esEngagements from '../engagements/locales/es.json';
import frEngagements from '../engagements/locales/fr.json';
import arFollowUps from '../follow-ups/locales/ar.json';
import enFollowUps from '../follow-ups/locales/en.json';
import esFollowUps from '../follow-ups/locales/es.json';
import frFollowUps from '../follow-ups/locales/fr.json';
import arHome from '../home/locales/ar.json';
import enHome from '../home/locales/en.json';
import esHome from '../home/locales/es.json';
import frHome from '../home/locales/fr.json';
import arOrganizations from '../organizations/locales/ar.json';
import enOrganizations from '../organizations/locales/en.json';
import esOrganizations from '../organizations/locales/es.json';
import frOrganizations from '../organizations/locales/fr.json';
import arPeople from '../people/locales/ar.json';
import enPeople from '../people/locales/en.json';
import esPeople from '../people/locales/es.json';
import frPeople from '../people/locales/fr.json';
import arRecommendations from '../recommendations/locales/ar.json';
import enRecommendations from '../recommendations/locales/en.json';
import esRecommendations from '../recommendations/locales/es.json';
import frRecommendations from '../recommendations/locales/fr.json';
import arDashboard from '../dashboard/locales/ar.json';
import enDashboard from '../dashboard/locales/en.json';
import esDashboard from '../dashboard/locales/es.json';
import frDashboard from '../dashboard/locales/fr.json';
import arDuplicates from '../duplicates/locales/ar.json';
import enDuplicates from '../duplicates/locales/en.json';
import esDuplicates from '../duplicates/locales/es.json';
import frDuplicates from '../duplicates/locales/fr.json';
import arTrash from '../trash/locales/ar.json';
import arImports from '../imports/locales/ar.json';
import enTrash from '../trash/locales/en.json';
import enImports from '../imports/locales/en.json';
import esTrash from '../trash/locales/es.json';
import esImports from '../imports/locales/es.json';
import frTrash from '../trash/locales/fr.json';
import arExports from '../exports/locales/ar.json';
import enExports from '../exports/locales/en.json';
import esExports from '../exports/locales/es.json';
import frExports from '../exports/locales/fr.json';
import frImports from '../imports/locales/fr.json';
import arProtection from '../protection/locales/ar.json';
import enProtection from '../protection/locales/en.json';
import esProtection from '../protection/locales/es.json';
import frProtection from '../protection/locales/fr.json';
import arUi from '../ui/locales/ar.json';
import enUi from '../ui/locales/en.json';
import esUi from '../ui/locales/es.json';
import frUi from '../ui/locales/fr.json';
import arRetention from '../retention/locales/ar.json';
import enRetention from '../retention/locales/en.json';
import esRetention from '../retention/locales/es.json';
import frRetention from '../retention/locales/fr.json';
import arSso from '../auth/sso/locales/ar.json';
import enSso from '../auth/sso/locales/en.json';
import esSso from '../auth/sso/locales/es.json';
import frSso from '../auth/sso/locales/fr.json';
import arSecurity from '../security/locales/ar.json';
import enSecurity from '../security/locales/en.json';
import esSecurity from '../security/locales/es.json';
import frSecurity from '../security/locales/fr.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import type { LanguageCode } from './languages';

/*
 * Every translation, one namespace per domain folder (each folder keeps its texts in its own locales/). The
 * default namespace `translation` holds the shell, sign-in and administration; `ui` holds what every page
 * shares (enum labels, withheld, risk). English is the reference: the types below check keys against it.
 */
export const englishResources = {
  translation: en,
  ui: enUi,
  directory: enDirectory,
  organizations: enOrganizations,
  people: enPeople,
  engagements: enEngagements,
  followUps: enFollowUps,
  dialogues: enDialogues,
  collaborations: enCollaborations,
  recommendations: enRecommendations,
  home: enHome,
  trash: enTrash,
  duplicates: enDuplicates,
  imports: enImports,
  dashboard: enDashboard,
  exports: enExports,
  protection: enProtection,
  retention: enRetention,
  sso: enSso,
  security: enSecurity,
} as const;

export type Namespace = keyof typeof englishResources;
type Resources = { [N in Namespace]: Record<string, unknown> };

export const resources: Record<LanguageCode, Resources> = {
  en: englishResources,
  fr: {
    translation: fr,
    ui: frUi,
    directory: frDirectory,
    organizations: frOrganizations,
    people: frPeople,
    engagements: frEngagements,
    followUps: frFollowUps,
    dialogues: frDialogues,
    collaborations: frCollaborations,
    recommendations: frRecommendations,
    home: frHome,
    trash: frTrash,
    duplicates: frDuplicates,
    imports: frImports,
    dashboard: frDashboard,
    exports: frExports,
    protection: frProtection,
    retention: frRetention,
    sso: frSso,
    security: frSecurity,
  },
  es: {
    translation: es,
    ui: esUi,
    directory: esDirectory,
    organizations: esOrganizations,
    people: esPeople,
    engagements: esEngagements,
    followUps: esFollowUps,
    dialogues: esDialogues,
    collaborations: esCollaborations,
    recommendations: esRecommendations,
    home: esHome,
    trash: esTrash,
    duplicates: esDuplicates,
    imports: esImports,
    dashboard: esDashboard,
    exports: esExports,
    protection: esProtection,
    retention: esRetention,
    sso: esSso,
    security: esSecurity,
  },
  ar: {
    translation: ar,
    ui: arUi,
    directory: arDirectory,
    organizations: arOrganizations,
    people: arPeople,
    engagements: arEngagements,
    followUps: arFollowUps,
    dialogues: arDialogues,
    collaborations: arCollaborations,
    recommendations: arRecommendations,
    home: arHome,
    trash: arTrash,
    duplicates: arDuplicates,
    imports: arImports,
    dashboard: arDashboard,
    exports: arExports,
    protection: arProtection,
    retention: arRetention,
    sso: arSso,
    security: arSecurity,
  },
};
