import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/**
 * The translated sentence for an error. Server messages are English and for
 * developers; staff read these instead. Keys are literal so the i18n test can
 * check that each one exists in both languages.
 */
export function apiErrorMessage(t: TFunction, err: unknown): string {
  if (!(err instanceof ApiError)) return t('errors.unknown');
  switch (err.error) {
    case 'invalid_credentials':
      return t('errors.invalid_credentials');
    case 'locked':
      return t('errors.locked', { minutes: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) });
    case 'validation':
      return t('errors.validation');
    case 'csrf':
      return t('errors.csrf');
    case 'rate_limited':
      return t('errors.rate_limited');
    case 'not_found':
      return t('errors.not_found');
    case 'forbidden':
      return t('errors.forbidden');
    case 'wrong_stage':
      return t('errors.wrong_stage');
    case 'conflict':
      return t('errors.conflict');
    case 'read_only':
      return t('errors.read_only');
    case 'unauthenticated':
    case 'sign_in_incomplete':
      return t('errors.unauthenticated');
    case 'network':
      return t('errors.network');
    case 'internal':
      return t('errors.internal');
    default:
      return err.status >= 500 ? t('errors.internal') : t('errors.unknown');
  }
}

/** Field messages from a validation answer, to put under the form's inputs. */
export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError && err.fields ? err.fields : {};
}
