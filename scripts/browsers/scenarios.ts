import { knownSolutions } from '../../src/core/known';
import { sharedResultFragment } from '../../src/state/interchange/link';
import { waitFor, type Driver } from './driver';

/** What an engine, as the suite starts it, must have: scenarios assert it rather than adapt to it. */
export interface Expectations {
  sharedMemory: boolean;
}

/** A check the suite runs in every engine; it throws to fail. `server` restarts or stops the server. */
export interface Scenario {
  name: string;
  run(
    driver: Driver,
    base: string,
    server: { stop(): Promise<void>; start(): Promise<void> },
    expected: Expectations,
  ): Promise<void>;
}

/** Every result row's cell under a column header, read the way a person reads the table. */
const column = (header: string) => `(() => {
  const table = document.querySelector('[aria-label="Results"] table');
  if (!table) return [];
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const at = headers.indexOf(${JSON.stringify(header)});
  return at < 0 ? [] : [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[at]?.textContent.trim() ?? '');
})()`;

const status = `(document.querySelector('[role="status"]')?.textContent ?? '')`;

/** The page's errors once at least one has arrived (a thrown error is reported a task later), or none after 2 s. */
async function waitForErrors(driver: Driver): Promise<string[]> {
  const end = Date.now() + 2000;
  for (;;) {
    const errors = await driver.errors();
    if (errors.length > 0 || Date.now() > end) return errors;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectNoErrors(driver: Driver): Promise<void> {
  const errors = await driver.errors();
  if (errors.length > 0) throw new Error(`the page logged errors: ${errors.join(' | ')}`);
}

async function expectCounts(driver: Driver, n: number, rows: number): Promise<void> {
  const solutions = await driver.evaluate<string[]>(column('Solutions'));
  const expected = Array.from({ length: rows }, () => String(knownSolutions(n)));
  if (JSON.stringify(solutions) !== JSON.stringify(expected)) {
    throw new Error(`N=${n}: solutions ${JSON.stringify(solutions)}, expected ${JSON.stringify(expected)}`);
  }
}

function environmentValue(label: string): string {
  return `(() => {
    const dt = [...document.querySelectorAll('[aria-label="Environment"] dt')].find((d) => d.textContent === ${JSON.stringify(label)});
    return dt?.nextElementSibling?.textContent ?? '';
  })()`;
}

export const SCENARIOS: Scenario[] = [
  {
    // First, while the profile is fresh: nothing cached, no service worker.
    name: 'on a fresh profile, a bookmark opened right after the page has loaded its worker counts right',
    async run(driver, base) {
      await driver.goto(`${base}/?n=6`);
      // The moment that broke WebKitGTK: the worker script just fetched and now in the HTTP cache.
      const loaded = `performance.getEntriesByType('resource').some((entry) => entry.name.includes('solver.worker'))`;
      await waitFor(driver, loaded, 'the first page to load its worker script', 5_000);
      await driver.goto(`${base}/?n=8&workers=2&autorun=run`);
      await waitFor(driver, `${status}.includes('Done: N=8') || ${status}.includes('failed')`, 'the run', 20_000);
      await expectCounts(driver, 8, 1);
      await expectNoErrors(driver);
    },
  },
  {
    name: 'the suite sees an error the page throws',
    async run(driver, base) {
      await driver.goto(`${base}/?n=8`);
      // Thrown only once the app is up, its error log included (WebKitGTK reads errors from that log).
      const booted = `Array.isArray(window.pageErrors) && document.querySelector('[role="status"]')`;
      await waitFor(driver, booted, 'the page and its error log');
      const page = `({ href: location.href, readyState: document.readyState, timeOrigin: performance.timeOrigin, log: Array.isArray(window.pageErrors) })`;
      const before = await driver.evaluate<object>(page);
      const throwOne = `(setTimeout(() => { throw new Error('a deliberate page error'); }), true)`;
      await driver.evaluate(throwOne);
      let errors = await waitForErrors(driver);
      if (errors.length === 0) {
        // Seen 3 times in about a dozen WebKitGTK suite runs, cause not found: the page as it was and is now, for the
        // next time, and one more try in the same page (a page that never reports an error still fails).
        console.warn(
          `no error reported: page before ${JSON.stringify(before)}, now ${JSON.stringify(await driver.evaluate(page))}`,
        );
        await driver.evaluate(throwOne);
        errors = await waitForErrors(driver);
      }
      if (!errors.some((error) => error.includes('a deliberate page error'))) {
        throw new Error(`the error check saw ${JSON.stringify(errors)}, not the deliberate error`);
      }
    },
  },
  {
    name: 'loads with no error, and its isolation facts are what this engine must have',
    async run(driver, base, _server, expected) {
      await driver.goto(`${base}/`);
      await waitFor(driver, `document.querySelector('[aria-label="Environment"] dd')`, 'the environment panel');
      const facts = await driver.evaluate<{ isolated: boolean; shared: boolean }>(
        `({ isolated: globalThis.crossOriginIsolated === true, shared: typeof SharedArrayBuffer === 'function' })`,
      );
      const shown = {
        isolated: await driver.evaluate<string>(environmentValue('Cross-origin isolated')),
        shared: await driver.evaluate<string>(environmentValue('SharedArrayBuffer')),
      };
      const yes = (value: boolean) => (value ? 'yes' : 'no');
      if (shown.isolated !== yes(facts.isolated) || shown.shared !== yes(facts.shared)) {
        throw new Error(`the page says ${JSON.stringify(shown)}, the browser has ${JSON.stringify(facts)}`);
      }
      if (!facts.isolated || facts.shared !== expected.sharedMemory) {
        throw new Error(
          `this engine must be isolated with shared memory ${expected.sharedMemory}: ${JSON.stringify(facts)}`,
        );
      }
      const notes = await driver.evaluate<string>(`document.querySelector('[aria-label="Environment"]').textContent`);
      if (facts.isolated && /not cross-origin isolated/.test(notes)) throw new Error('an isolated page says it is not');
      await expectNoErrors(driver);
    },
  },
  {
    name: 'autorun=run gives the A000170 count for N = 1, 8, 12, 14',
    async run(driver, base) {
      for (const n of [1, 8, 12, 14]) {
        await driver.goto(`${base}/?n=${n}&workers=2&autorun=run`);
        await waitFor(driver, `${status}.includes('Done: N=${n}')`, `the run at N=${n}`);
        await expectCounts(driver, n, 1);
      }
      await expectNoErrors(driver);
    },
  },
  {
    name: 'a sweep at N=13 finishes with correct counts and draws its charts',
    async run(driver, base) {
      await driver.goto(`${base}/?n=13&workers=2&reps=1&autorun=sweep`);
      await waitFor(driver, `${status}.includes('Sweep done')`, 'the sweep', 60_000);
      await expectCounts(driver, 13, 2);
      const drawn = await driver.evaluate<number>(
        `document.querySelectorAll('[data-chart="speedup"] .series-measured path, [data-chart="time"] .series-measured path').length`,
      );
      if (drawn < 2) throw new Error(`the speedup and time charts drew ${drawn} measured lines`);
      const lanes = await driver.evaluate<string>(`document.querySelector('#lanes-text')?.textContent ?? ''`);
      if (!/Worker 1: \d+% busy/.test(lanes) || !/Worker 2: \d+% busy/.test(lanes)) {
        throw new Error(`the lanes describe no two workers: ${JSON.stringify(lanes.slice(0, 200))}`);
      }
      await expectNoErrors(driver);
    },
  },
  {
    name: 'every mode counts right (Compare models at N=10)',
    async run(driver, base, _server, expected) {
      await driver.goto(`${base}/?n=10&workers=2&reps=1&autorun=compare`);
      await waitFor(driver, `${status}.includes('Comparison done')`, 'the comparison', 60_000);
      // Without shared memory the two models that need it are left out, and the status says so.
      const shared = expected.sharedMemory;
      await expectCounts(driver, 10, shared ? 5 : 3);
      if (!shared && !(await driver.evaluate<string>(status)).includes('need SharedArrayBuffer')) {
        throw new Error('the status does not say why two models were left out');
      }
      await expectNoErrors(driver);
    },
  },
  {
    name: 'COST: all eight symmetries against the plain solver at N=12, both counts exact',
    async run(driver, base) {
      await driver.goto(`${base}/?n=12&workers=2&reps=1&autorun=cost`);
      await waitFor(driver, `${status}.includes('COST, N=12') && ${status}.includes('done')`, 'the COST run', 90_000);
      const counts = await driver.evaluate<string[]>(
        `[...document.querySelectorAll('[aria-label="COST"] [aria-label="Counts checked"] li')].map((li) => li.textContent.trim())`,
      );
      const wanted = [
        '✓ All eight symmetries: 14,200 solutions (A000170: 14,200), 1,787 distinct (A002562: 1,787)',
        '✓ Plain: 14,200 solutions (A000170: 14,200)',
      ];
      if (JSON.stringify(counts) !== JSON.stringify(wanted)) throw new Error(`COST counts: ${JSON.stringify(counts)}`);
      const sentence = await driver.evaluate<string>(
        `document.querySelector('[aria-label="COST"] .cost-sentence')?.textContent ?? ''`,
      );
      if (!/to match it/.test(sentence)) throw new Error(`COST says: ${sentence}`);
      await expectNoErrors(driver);
    },
  },
  {
    name: 'the thread-safety experiment runs, every safe way exact (or says it needs shared memory)',
    async run(driver, base, _server, expected) {
      await driver.goto(`${base}/?n=10&workers=2&autorun=races`);
      if (!expected.sharedMemory) {
        await waitFor(driver, `${status}.includes('which this page does not have')`, 'the refusal');
        return expectNoErrors(driver);
      }
      await waitFor(driver, `${status}.includes('Thread safety, N=10 on 2 workers: done')`, 'the experiment', 60_000);
      // Each safe way's marks, read by its row header and the Counts column header.
      const marks = await driver.evaluate<Record<string, string[]>>(`(() => {
        const table = document.querySelector('[aria-label="Thread safety"] table');
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
        const at = headers.indexOf('Counts');
        return Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [
          tr.children[0].firstChild.textContent.trim(),
          [...tr.children[at].querySelectorAll('.race-counts > span')].map((mark) => mark.textContent.trim()),
        ]));
      })()`);
      for (const way of ['Atomics.add per solution', 'Lock per solution', 'Local count, added once per task']) {
        if (JSON.stringify(marks[way]) !== JSON.stringify(['✓', '✓', '✓', '✓', '✓'])) {
          throw new Error(`${way}: ${JSON.stringify(marks[way])}, expected five right counts`);
        }
      }
      if ((marks['Plain total, no Atomics'] ?? []).length !== 5) throw new Error('the plain total shows no five runs');
      await expectNoErrors(driver);
    },
  },
  {
    name: 'a shared result link opens as an overlay labelled with its device',
    async run(driver, base) {
      const sweep = {
        id: 'elsewhere',
        origin: 'this-device' as const,
        savedAt: '2026-12-02T09:00:00.000Z',
        n: 12,
        mode: 'shared' as const,
        symmetry: 'none' as const,
        splitDepth: 2,
        schedule: 'dynamic' as const,
        machine: { browser: 'Firefox 153', cores: 8, isolated: true },
        points: [
          { workers: 1, ms: 40, minMs: 39, maxMs: 41, speedup: 1 },
          { workers: 8, ms: 6, minMs: 5.8, maxMs: 6.3, speedup: 6.7 },
        ],
      };
      // Compressed (version 2) by Node's CompressionStream: each engine's DecompressionStream reads it.
      await driver.goto(`${base}/?n=8${await sharedResultFragment(sweep)}`);
      const notice = `document.querySelector('[aria-label="Settings notice"]')?.textContent ?? ''`;
      await waitFor(
        driver,
        `${notice}.includes('Opened a shared result: N=12 · Workers, shared memory · Firefox 153 · 8 cores · from a link')`,
        'the notice',
      );
      const overlay = `document.querySelector('[data-chart="speedup"] .series-overlay')`;
      await waitFor(driver, overlay, 'the overlay on the speedup chart', 20_000);
      await waitFor(
        driver,
        `document.querySelector('[aria-label="Results not kept"]')?.querySelector('button[aria-label^="Keep in History: N=12 · Workers, shared memory · Firefox 153 · 8 cores · from a link"]')`,
        'the offer to keep it',
      );
      await expectNoErrors(driver);
    },
  },
  {
    name: 'the talk: steps 1 to 3 with PageDown, counts right (or step 3 saying why it cannot run here)',
    async run(driver, base, _server, expected) {
      await driver.goto(`${base}/?talk=1&n=10&workers=2`);
      const region = (step: number) => `document.querySelector('[aria-label="Talk, step ${step} of 9"]')`;
      const findings = `(document.querySelector('.talk-findings')?.textContent ?? '')`;
      const pageDown = `(window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' })), true)`;
      for (const step of [1, 2, 3]) {
        await waitFor(driver, region(step), `step ${step}`);
        if (step === 3 && !expected.sharedMemory) {
          await waitFor(driver, `${region(3)}.textContent.includes('needs memory shared between workers')`, 'why not');
          break;
        }
        await waitFor(driver, `${findings}.includes('as OEIS A000170 has it')`, `step ${step}'s checked count`, 60_000);
        const said = await driver.evaluate<string>(findings);
        if (/wrong|differ/.test(said)) throw new Error(`step ${step}: ${said}`);
        if (step < 3) await driver.evaluate(pageDown);
      }
      await expectNoErrors(driver);
    },
  },
  {
    name: 'presenter mode at 1280×720 and the phone layout at 390×844 never scroll sideways',
    async run(driver, base) {
      for (const [width, height, query] of [
        [1280, 720, 'present=1'],
        [390, 844, 'present=0'],
      ] as const) {
        await driver.setViewport(width, height);
        await driver.goto(`${base}/?n=10&workers=2&reps=1&${query}&autorun=sweep`);
        await waitFor(driver, `${status}.includes('Sweep done')`, 'the sweep', 60_000);
        const sideways = await driver.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        if (sideways > 0) throw new Error(`${width}×${height}: ${sideways} px of sideways scroll`);
      }
      await driver.setViewport(1280, 900);
      await expectNoErrors(driver);
    },
  },
  {
    name: 'the service worker takes control, and with the server gone a reload still runs',
    async run(driver, base, server) {
      await driver.goto(`${base}/?n=8&workers=2`);
      await waitFor(driver, 'navigator.serviceWorker.controller', 'the service worker to take control', 20_000);
      await server.stop();
      try {
        await driver.goto(`${base}/?n=8&workers=2&autorun=run`);
        await waitFor(driver, `${status}.includes('Done: N=8')`, 'the offline run');
        await expectCounts(driver, 8, 1);
      } finally {
        await server.start();
      }
    },
  },
];
