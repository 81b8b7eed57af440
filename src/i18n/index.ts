export {
  t,
  setLocale,
  getLocale,
  intlLocale,
  formatCount,
  type Locale,
  type MessageId,
  type Params,
} from './t';
export { en, type MessageKey } from './en';
