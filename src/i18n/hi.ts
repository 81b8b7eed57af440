/**
 * The Hindi catalogue. Every key is optional (English is the fallback) but every key present
 * must exist in en.ts: the type checks it. Translations arrive with the trust & reach issue.
 */
import type { MessageKey } from './en';

export const hi: Partial<Record<MessageKey, string>> = {
  'app.name': 'खनिज एटलस',
};
