// As main.tsx does first: zod's settings (messages in English, no eval).
import './data/zod-without-eval';
import '@testing-library/jest-dom/vitest';
