import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useAppStore, initialAppState } from '../../src/state/store';

afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
});
