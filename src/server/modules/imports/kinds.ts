import { eventsImport } from '../events/events.import.ts';
import { investigationsImport } from '../investigations/investigations.import.ts';
import { offendersImport, victimsImport } from '../people/people.import.ts';
import { clientServicesImport } from '../support/client-services.import.ts';
import type { ImportKind } from './import-kind.ts';

/** Every `komar import <kind>` of the data-exchange contract that Komar reads so far. */
export const IMPORT_KINDS: Record<string, ImportKind> = {
  investigations: investigationsImport,
  offenders: offendersImport,
  victims: victimsImport,
  client_services: clientServicesImport,
  events: eventsImport,
};
