import type { Browser, BrowserContext } from 'playwright-core';

/** One `securitypolicyviolation` event, as much of it as says what was refused where. */
export interface PolicyViolation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    __policyViolation?: (violation: Omit<PolicyViolation, 'page'>) => void;
  }
}

/**
 * Listens, from the first moment of every document, for what the Content-Security-Policy refused, and
 * reports it to the test process through a binding, which outlives the page's navigations and reloads.
 */
async function watchContext(context: BrowserContext, into: PolicyViolation[]): Promise<void> {
  await context.exposeBinding('__policyViolation', ({ page }, violation: Omit<PolicyViolation, 'page'>) => {
    into.push({ page: page.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolation?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
}

/**
 * Makes every page the browser opens, through `newPage` or `newContext`, report its policy violations into
 * the returned list, so that each browser test checks the policy without saying so. Playwright has no
 * event for a new context, hence the two methods are wrapped.
 */
export function collectPolicyViolations(browser: Browser): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  // Playwright's newPage makes its context through newContext, so a context may come by twice.
  const watched = new WeakSet<BrowserContext>();
  const watch = async (context: BrowserContext) => {
    if (watched.has(context)) return;
    watched.add(context);
    await watchContext(context, violations);
  };
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watch(context);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    await watch(page.context());
    return page;
  };
  return violations;
}
