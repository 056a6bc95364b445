import { useTranslation } from 'react-i18next';
import type { RiskLevel, SupportStatus } from '../../../shared/support.ts';

/**
 * Names for the support code lists in the reader's language, built from the
 * codes; codes.test.ts checks each code has a text in both languages.
 */
export function useSupportLabels() {
  const { t } = useTranslation();
  const label = (group: string) => (code: string) => t(`support.${group}.${code}`, { defaultValue: code });
  return {
    status: label('status'),
    clientKind: label('clientKind'),
    risk: label('risk'),
    need: label('need'),
    consentBy: label('consentBy'),
    consentScope: label('consentScope'),
    placement: label('placement'),
    service: label('serviceCode'),
    goalStatus: label('goalStatus'),
    tab: label('tab'),
  };
}

/** Code lists with a text per code, for codes.test.ts. */
export const LABELLED_GROUPS = [
  'status',
  'clientKind',
  'risk',
  'need',
  'consentBy',
  'consentScope',
  'placement',
  'serviceCode',
  'goalStatus',
  'tab',
] as const;

/** A colour per status and risk level, always beside the words. */
export const STATUS_COLOURS: Record<SupportStatus, string> = {
  open: 'blue',
  closure_requested: 'orange',
  closed: 'gray',
};
export const RISK_COLOURS: Record<RiskLevel, string> = { low: 'teal', medium: 'yellow', high: 'red' };

/** `SC-000042`. */
export { supportCaseNumber } from '../../../shared/support.ts';
