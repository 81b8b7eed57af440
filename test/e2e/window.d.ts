// The app's documented automation handle, as the browser tests see it.
import type { KhanijHandle } from '../../src/map/handle';

declare global {
  interface Window {
    khanij?: KhanijHandle;
  }
}
export {};
