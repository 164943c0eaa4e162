import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Tests by runtime: shared/ and electron/ in Node ('electron' is mocked where the shell is
// tested), renderer components in jsdom. End-to-end tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
