import 'i18next';
import type { englishResources } from './resources';

// Translation keys are checked at compile time against the English resources, namespace by namespace.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: typeof englishResources;
  }
}
