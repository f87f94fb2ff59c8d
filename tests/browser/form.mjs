// Answers forms made by `boussole form` in headless Chromium, end to end.
//
// Run by tests/form.rs: `node form.mjs PLAN.json RESULT.json`. The plan
// (written by the Rust test from the loaded questionnaire) says which form to
// open and what to answer; this script answers it (the first question by
// keyboard alone), reloads, reopens the tab, checks nothing was lost, runs
// axe-core, downloads the answers file, clears the browser, reopens the file,
// downloads it again, and records every request the page makes. Any failed
// check exits 1 with the scenario and the reason; the Rust test then scores
// the downloaded files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [planPath, resultPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, 'utf8'));

const ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

class Failed extends Error {}
function check(ok, message) {
  if (!ok) throw new Failed(message);
}

async function axe(page, where) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe-core (${where}): ${JSON.stringify(bad, null, 1)}`);
  return result;
}

/** What the page shows of every answer. */
async function shown(page) {
  return page.evaluate(() => {
    const out = {};
    document.querySelectorAll('fieldset.question').forEach((f) => {
      const id = f.dataset.id;
      const checked = f.querySelector('input[type=radio]:checked');
      out[id] = { value: checked ? checked.value : '', comment: f.querySelector('textarea').value };
    });
    return {
      answers: out,
      department: document.getElementById('department').value,
      respondent: document.getElementById('respondent').value,
      progress: document.getElementById('progress-text').textContent.replace(/\u00a0/g, ' '),
      status: document.getElementById('status').textContent,
      statusError: document.getElementById('status').classList.contains('error'),
      statusWarning: document.getElementById('status').classList.contains('warning'),
    };
  });
}

function expectShown(got, s, where) {
  for (const a of s.answers) {
    const g = got.answers[a.id];
    check(g, `${where}: question ${a.id} is not on the page`);
    check(g.value === a.value, `${where}: question ${a.id} shows ${JSON.stringify(g.value)}, expected ${JSON.stringify(a.value)}`);
    check(g.comment === (a.comment || ''), `${where}: comment of ${a.id} is ${JSON.stringify(g.comment)}`);
  }
  const answered = s.answers.filter((a) => a.value !== '').length;
  check(got.progress === `${answered} / ${s.total}`, `${where}: progress reads ${JSON.stringify(got.progress)}, expected "${answered} / ${s.total}"`);
  check(got.department === (s.locked || s.department), `${where}: department reads ${JSON.stringify(got.department)}`);
  check(got.respondent === s.respondent, `${where}: respondent reads ${JSON.stringify(got.respondent)}`);
}

async function download(page, selector, folder) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const target = path.join(folder, dl.suggestedFilename());
  await dl.saveAs(target);
  return { file: target, name: dl.suggestedFilename() };
}

async function scenario(s) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: plan.chromium,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: s.lang === 'en' ? 'en-GB' : 'fr-FR',
  });
  const url = pathToFileURL(s.form).href;
  const requests = [];
  const problems = [];
  const dialogs = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('websocket', (w) => requests.push(w.url()));
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    page.on('dialog', (d) => { dialogs.push({ type: d.type(), message: d.message() }); d.accept(); });
  };
  if (s.noStorage) {
    // A browser that refuses storage for file:// pages (some Safari settings).
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new Error('SecurityError'); } });
    });
  }
  try {
    let page = await context.newPage();
    watch(page);
    await page.goto(url);

    // The script ran and the style applied: both hashes in the CSP are right.
    const rendered = await page.evaluate(() => ({
      questions: document.querySelectorAll('fieldset.question').length,
      sticky: getComputedStyle(document.getElementById('bar')).position,
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelector('h1').textContent,
      scripts: document.scripts.length,
      storage: document.getElementById('storage-note').className,
    }));
    check(rendered.questions === s.total, `${rendered.questions} questions on the page, expected ${s.total}`);
    check(rendered.sticky === 'sticky', `the stylesheet did not apply (bar is ${rendered.sticky})`);
    check(rendered.lang === s.lang, `<html lang="${rendered.lang}">, expected ${s.lang}`);
    check(rendered.h1 === s.title, `h1 is ${JSON.stringify(rendered.h1)}`);
    check(rendered.scripts === 2, `${rendered.scripts} script elements (injected markup?)`);
    check(rendered.storage.includes('warning') === Boolean(s.noStorage), `storage notice: ${rendered.storage}`);
    for (const label of s.mustShow) {
      const found = await page.evaluate((t) => document.body.innerText.includes(t), label);
      check(found, `the page does not show ${JSON.stringify(label)}`);
    }
    if (s.hostile) {
      const markup = await page.evaluate(() => ({
        images: document.querySelectorAll('img, iframe, object, embed').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((e) =>
          Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
        pwned: window.pwned === true,
      }));
      check(markup.images === 0 && markup.handlers === 0 && !markup.pwned, `questionnaire text became markup: ${JSON.stringify(markup)}`);
      for (const t of s.hostile) {
        const found = await page.evaluate((text) =>
          Array.from(document.querySelectorAll('h1, h2, legend, .choice-label, p, li'))
            .some((e) => e.textContent.includes(text)), t);
        check(found, `hostile text not shown as text: ${JSON.stringify(t)}`);
      }
      check(rendered.title === s.title, `<title> is ${JSON.stringify(rendered.title)}`);
    }
    await axe(page, 'empty form, desktop');

    // A file written or corrected by hand opens too.
    if (s.preload) {
      await page.setInputFiles('#open-file', s.preload.file);
      await page.waitForFunction((t) => document.getElementById('progress-text').textContent.replace(/\u00a0/g, ' ') !== `0 / ${t}`, s.total);
      expectShown(await shown(page), { ...s, ...s.preload, locked: null }, 'after opening a hand-written file');
      await page.click('#forget');
      check((await shown(page)).progress === `0 / ${s.total}`, 'clearing the browser left answers');
    }

    // Who answers.
    if (s.locked) {
      check(await page.getAttribute('#department', 'readonly') !== null, 'the department field is not locked');
    } else {
      await page.fill('#department', s.department);
    }
    await page.fill('#respondent', s.respondent);

    // The first question by keyboard alone: Tab to its first choice, Space,
    // arrows down to the planned one, Tab to the comment, type.
    const [first, ...rest] = s.answers;
    await page.focus('#respondent');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((id) => document.activeElement && document.activeElement.name === `a-${id}`, first.id);
    }
    check(reached, `Tab never reached the choices of question ${first.id}`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    check(outline !== 'none', 'the focused radio button has no visible outline');
    await page.keyboard.press('Space');
    const values = await page.$$eval(`#q-${first.id} input[type=radio]`, (rs) => rs.map((r) => r.value));
    for (let i = 0; i < values.indexOf(first.value); i++) await page.keyboard.press('ArrowDown');
    if (first.comment) {
      let inComment = false;
      for (let i = 0; i < 5 && !inComment; i++) {
        await page.keyboard.press('Tab');
        inComment = await page.evaluate((id) => document.activeElement.id === `c-${id}`, first.id);
      }
      check(inComment, 'Tab did not reach the comment box');
      await page.keyboard.type(first.comment);
    }
    // The others by pointer.
    for (const a of rest) {
      if (a.value !== '') await page.check(`#q-${a.id} input[value="${a.value}"]`);
      if (a.comment) await page.fill(`#c-${a.id}`, a.comment);
    }
    expectShown(await shown(page), s, 'after answering');
    // A comment without an answer is flagged at once.
    if (s.orphan) {
      check(await page.isVisible(`#o-${s.orphan}`), 'a comment without an answer is not flagged');
    }

    // Reload, then close the tab and open the file again: nothing is lost.
    if (!s.noStorage) {
      await page.reload();
      expectShown(await shown(page), s, 'after reload');
      // Chromium hands localStorage over to its browser process
      // asynchronously: once (of many runs, on a loaded machine) a tab closed
      // within milliseconds of loading came back empty. People take longer.
      await page.waitForTimeout(300);
      await page.close();
      page = await context.newPage();
      watch(page);
      await page.goto(url);
      expectShown(await shown(page), s, 'after closing the tab');
    }
    await page.click(`#q-${s.answers[0].id} details summary`).catch(() => {});
    await axe(page, 'answered form, desktop');
    if (s.shots) {
      await page.screenshot({ path: path.join(s.shots, `${s.name}-desktop.png`) });
      await page.screenshot({ path: path.join(s.shots, `${s.name}-desktop-full.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await axe(page, 'answered form, phone');
    if (s.shots) {
      await page.evaluate(() => document.getElementById(document.querySelector('fieldset.question').id).scrollIntoView());
      await page.screenshot({ path: path.join(s.shots, `${s.name}-phone.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Download, from the bar.
    fs.mkdirSync(s.downloads, { recursive: true });
    const one = await download(page, '#download-top', path.join(s.downloads, '1'));
    const after = await shown(page);
    check(after.status.includes(one.name), `no confirmation naming the file: ${JSON.stringify(after.status)}`);
    if (s.orphan) check(after.statusWarning && !after.statusError, 'the comment left out of the file is not reported as a warning');

    // A file of another questionnaire is refused, with a reason.
    const other = path.join(s.downloads, 'other.yaml');
    fs.writeFileSync(other, 'questionnaire: "autre"\nversion: "9"\ndepartment: "X"\nanswers: {}\n');
    await page.setInputFiles('#open-file', other);
    await page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
    expectShown(await shown(page), s, 'after refusing another questionnaire');

    // Clear the browser, reopen the downloaded file, download it again.
    await page.click('#forget');
    const cleared = await shown(page);
    check(cleared.progress === `0 / ${s.total}`, `after clearing, progress reads ${cleared.progress}`);
    await page.setInputFiles('#open-file', one.file);
    await page.waitForFunction((t) => document.getElementById('progress-text').textContent.replace(/\u00a0/g, ' ') !== `0 / ${t}`, s.total);
    // The file keeps what boussole keeps: comments trimmed, and none without an answer.
    const reopened = {
      ...s,
      answers: s.answers.map((a) => ({ ...a, comment: a.value === '' ? '' : (a.comment || '').trim() })),
    };
    expectShown(await shown(page), reopened, 'after reopening the file');
    const two = await download(page, '#download', path.join(s.downloads, '2'));
    check(two.name === one.name, `second download named ${two.name}, first ${one.name}`);
    check(fs.readFileSync(two.file, 'utf8') === fs.readFileSync(one.file, 'utf8'), 'reopening and downloading again changed the file');

    check(problems.length === 0, `errors in the page: ${problems.join('; ')}`);
    const alerts = dialogs.filter((d) => d.type !== 'confirm');
    check(alerts.length === 0, `unexpected dialogs: ${JSON.stringify(alerts)}`);

    // Nothing left the page: every request is the file itself or a blob of
    // its own making, and the CSP blocks anything else a script would try.
    const outside = requests.filter((r) => r !== url && !r.startsWith('blob:'));
    check(outside.length === 0, `requests left the page: ${outside.join(', ')}`);
    const blocked = await page.evaluate(() => new Promise((resolve) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(e.effectiveDirective);
        if (seen.length === 2) resolve(seen.sort());
      });
      fetch('https://example.invalid/leak').catch(() => {});
      const img = new Image();
      img.src = 'https://example.invalid/pixel.png';
      setTimeout(() => resolve(seen.sort()), 3000);
    }));
    check(JSON.stringify(blocked) === JSON.stringify(['connect-src', 'img-src']), `CSP did not block a fetch and an image: ${JSON.stringify(blocked)}`);
    return { name: s.name, download: one.file, fileName: one.name, requests };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const results = [];
let failed = false;
for (const s of plan.scenarios) {
  try {
    results.push(await scenario(s));
    console.log(`ok: ${s.name}`);
  } catch (e) {
    failed = true;
    console.error(`FAILED: ${s.name}: ${e instanceof Failed ? e.message : e.stack}`);
  }
}
fs.writeFileSync(resultPath, JSON.stringify({ scenarios: results }, null, 1));
process.exit(failed ? 1 : 0);
