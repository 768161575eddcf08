import { describe, expect, it } from 'vitest';
import { formatPolicy, mergePolicies, parsePolicy, policyOfPage } from '../../src/integrations/security-headers/csp';

describe('parsePolicy and formatPolicy', () => {
  it('round-trip a policy', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-a'";
    expect(formatPolicy(parsePolicy(text))).toBe(text);
  });
  it('ignore empty directives', () => {
    expect([...parsePolicy("default-src 'self';; ").keys()]).toEqual(['default-src']);
  });
});

describe('mergePolicies', () => {
  it('allows what either page allows, each source once, in first-seen order', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; style-src 'self'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });
});

describe('policyOfPage', () => {
  it('reads the policy from the meta tag, unescaping quotes', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`;
    expect(policyOfPage(html)).toBe("default-src 'self'");
  });
  it('finds nothing on a page without one', () => {
    expect(policyOfPage('<html></html>')).toBeUndefined();
  });
});
