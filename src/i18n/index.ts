export {
  t,
  setLocale,
  getLocale,
  intlLocale,
  formatCount,
  isMessageKey,
  tCode,
  type Locale,
  type MessageId,
  type Params,
} from './t';
export { en, type MessageKey } from './en';
