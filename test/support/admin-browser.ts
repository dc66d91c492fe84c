import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * The back office's end-to-end tests drive Debian's Chromium with playwright-core, as
 * test/integration/browser.test.ts does. Without Chromium they are skipped locally and fail in CI
 * (CI=true), where .ci/run installs it.
 */
export const CHROMIUM = '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
export const chromiumSkip: string | false = existsSync(CHROMIUM) || inCi
  ? false
  : `${CHROMIUM} is not installed (apt-get install chromium); the back office tests were SKIPPED`;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) assert.fail(`${CHROMIUM} is missing: CI must run the back office tests (.ci/run installs Debian's chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** A page of the back office that records what the browser said about it. */
export interface AdminPage {
  page: Page;
  context: BrowserContext;
  /** Content-Security-Policy violations the browser reported (console and securitypolicyviolation events). */
  cspViolations: string[];
  /** Console errors and uncaught exceptions of the page. */
  pageErrors: string[];
  /** Accept-Language and Authorization of every GraphQL request the app sent. */
  graphqlRequests: { acceptLanguage: string | undefined; authorization: string | undefined; operationName: string | undefined }[];
  close(): Promise<void>;
}

/** Opens `path` (under the service's /admin) in a fresh browser context: no cookies, no storage of another test. */
export async function openAdmin(browser: Browser, serviceUrl: string, path = '/admin/'): Promise<AdminPage> {
  const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const graphqlRequests: AdminPage['graphqlRequests'] = [];
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) cspViolations.push(text);
    else if (message.type() === 'error' && !/status of 4\d\d/.test(text)) pageErrors.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const headers = request.headers();
    let operationName: string | undefined;
    try {
      operationName = (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName;
    } catch { /* not JSON */ }
    graphqlRequests.push({ acceptLanguage: headers['accept-language'], authorization: headers.authorization, operationName });
  });
  // Injected through the DevTools protocol, so the page's CSP does not apply to this listener.
  // (Code that runs in the page is given as text: this project's TypeScript has no DOM types.)
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });`);
  await page.goto(`${serviceUrl}${path}`);
  return { page, context, cspViolations, pageErrors, graphqlRequests, close: () => context.close() };
}

export interface DevelopmentPerson {
  nif: string;
  name: string;
  /** "editor:diba", "reviewer:diputacio-lleida", "admin:ddgi"… */
  roles: string[];
  represents?: { nif: string; name: string };
}

/**
 * Signs in through the development form (the sign-in screen must be showing) and waits for the
 * screen of the address it was shown at: the home screen, or e.g. "resource-edit" after a reload.
 */
export async function signInWithDevelopmentForm(page: Page, person: DevelopmentPerson, screen = 'home'): Promise<void> {
  await page.locator('#dev-nif').fill(person.nif);
  await page.locator('#dev-name').fill(person.name);
  await page.locator('#dev-roles').fill(person.roles.join('\n'));
  if (person.represents) {
    await page.locator('#dev-represents-nif').fill(person.represents.nif);
    await page.locator('#dev-represents-name').fill(person.represents.name);
  }
  await page.locator('#dev-sign-in-form button[type="submit"]').click();
  await page.locator(`[data-screen="${screen}"]`).waitFor({ timeout: 20_000 });
}

/** The WCAG 2.1 A and AA rules of axe-core: what issue 14 requires of every page. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now and fails with the violations, readably, if there are any. */
export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  const violations = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`);
  assert.deepEqual(violations, [], `axe found WCAG 2.1 A/AA violations on ${label}:\n${violations.join('\n')}`);
  assert.ok(results.passes.length > 10, `axe ran its rules on ${label}`);
}

/** The element that has the keyboard focus, described for assertions ("A: Salta al contingut principal"). */
export async function focused(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const element = document.activeElement;
    if (!element) return '';
    const label = element.getAttribute('aria-label') ?? (element.id ? document.querySelector('label[for="' + element.id + '"]')?.textContent : null) ?? element.textContent ?? '';
    return element.tagName + ': ' + label.trim();
  })()`);
}

/** The id of the element that has the keyboard focus. */
export async function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement?.id ?? ""');
}

/** Presses Tab until the focused element matches (see `focused`); fails after `max` presses. */
export async function pressTabUntil(page: Page, pattern: RegExp, max = 400): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${pattern} (last: ${await focused(page)})`);
}
