import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/config/content-security-policy';

describe('the README', () => {
  it('shows the Content-Security-Policy header exactly as the server sends it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(readme).toContain(`add_header Content-Security-Policy "${headerPolicy()}" always;`);
  });
});
