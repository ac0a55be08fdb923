/**
 * The page's own record of its errors: uncaught exceptions, unhandled rejections and console errors.
 * Imported first, so it sees the app's whole life. A driver that cannot listen to the console (classic
 * WebDriver, which drives WebKitGTK in the cross-browser suite) reads `window.pageErrors` instead.
 */
const LIMIT = 50;
const log: string[] = [];
(globalThis as { pageErrors?: string[] }).pageErrors = log;
const note = (entry: string) => {
  if (log.length < LIMIT) log.push(entry);
};
addEventListener('error', (event) => note(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => note(`unhandled rejection: ${String(event.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  note(`console: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
