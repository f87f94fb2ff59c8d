// boussole form: the questionnaire answered in a browser, offline.
//
// The page is built here from the JSON block `boussole-data` that
// `boussole form` embeds. Every text of the questionnaire is data, possibly
// written by someone else: it reaches the page only as text nodes
// (`append(string)`, `textContent`), never as markup. Answers are kept in
// localStorage at every change, and « Télécharger mes réponses » writes the
// answers file of SPEC §2 exactly as `src/answers_file.rs` does, so that
// `boussole score`, `compare` and `report` read it as they read any other.
'use strict';

(function () {
  const DATA = JSON.parse(document.getElementById('boussole-data').textContent);
  const Q = DATA.questionnaire;
  const L = DATA.labels;
  const LOCKED = DATA.department; // a string when the department is fixed

  // Every question in order, with its number, theme and choices.
  const QUESTIONS = [];
  const BY_ID = new Map();
  Q.themes.forEach(function (theme) {
    theme.questions.forEach(function (q) {
      const choices = q.options
        ? q.options.map(function (o) { return { label: o.label, description: null }; })
        : Q.scale.map(function (l) { return { label: l.label, description: l.description }; });
      const entry = { q: q, theme: theme, n: QUESTIONS.length + 1, choices: choices };
      QUESTIONS.push(entry);
      BY_ID.set(q.id, entry);
    });
  });
  const TOTAL = QUESTIONS.length;

  // --- small helpers ------------------------------------------------------

  /** A message with its `{name}` slots filled in one pass. */
  function fmt(text, args) {
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole;
    });
  }

  /** An element; strings among `children` become text nodes. */
  function el(tag, attrs) {
    const e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        const v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') e.className = v;
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c === null || c === undefined) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) e.append(x); });
      else e.append(c);
    }
    return e;
  }

  /** Paragraphs of a text (blank lines separate them). */
  function paragraphs(text, cls) {
    return String(text)
      .split(/\n[ \t]*\n/)
      .map(function (p) { return p.trim(); })
      .filter(function (p) { return p.length > 0; })
      .map(function (p) { return el('p', { class: cls }, p); });
  }

  // --- state and storage --------------------------------------------------

  const KEY = 'boussole-form:' + Q.id + ':' + Q.version + ':' + (LOCKED || '');
  let storage = null;
  try {
    const s = window.localStorage;
    s.setItem(KEY + ':probe', '1');
    s.removeItem(KEY + ':probe');
    storage = s;
  } catch (e) {
    storage = null;
  }

  /** `answers[id]` is `{value, comment}`; value is "0", "1"…, "na", "unknown" or "". */
  const state = { department: LOCKED || '', respondent: DATA.respondent || '', answers: {} };

  function validValue(entry, v) {
    if (v === 'na' || v === 'unknown' || v === '') return true;
    return /^[0-9]+$/.test(v) && Number(v) < entry.choices.length;
  }

  function restore() {
    if (!storage) return;
    let saved = null;
    try {
      saved = JSON.parse(storage.getItem(KEY) || 'null');
    } catch (e) {
      saved = null;
    }
    if (!saved || typeof saved !== 'object') return;
    if (!LOCKED && typeof saved.department === 'string') state.department = saved.department;
    if (typeof saved.respondent === 'string') state.respondent = saved.respondent;
    const answers = saved.answers && typeof saved.answers === 'object' ? saved.answers : {};
    Object.keys(answers).forEach(function (id) {
      const entry = BY_ID.get(id);
      const a = answers[id];
      if (!entry || !a || typeof a !== 'object') return;
      const value = typeof a.value === 'string' && validValue(entry, a.value) ? a.value : '';
      const comment = typeof a.comment === 'string' ? a.comment : '';
      state.answers[id] = { value: value, comment: comment };
    });
  }

  function save() {
    if (!storage) return;
    try {
      storage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      storage = null;
      showStorage();
    }
  }

  function answer(id) {
    return state.answers[id] || { value: '', comment: '' };
  }

  function answeredCount(filter) {
    return QUESTIONS.filter(function (e) {
      return (!filter || filter(e)) && answer(e.q.id).value !== '';
    }).length;
  }

  // --- the page -----------------------------------------------------------

  const app = document.getElementById('app');
  if (DATA.lang !== Q.lang) app.setAttribute('lang', Q.lang);

  const progress = el('progress', { id: 'progress', max: TOTAL, value: 0, 'aria-labelledby': 'progress-label' });
  const progressText = el('span', { class: 'progress-text', id: 'progress-text' });
  const nextButton = el('button', { type: 'button', class: 'secondary', id: 'next-unanswered' }, L.nextUnanswered);
  const barDownload = el('button', { type: 'button', class: 'primary', id: 'download-top' }, L.download);
  // Messages: a live region that stays in place (announced when filled),
  // and a button to put the message away.
  const status = el('p', { id: 'status', class: 'status', role: 'status' });
  const dismiss = el('button', { type: 'button', class: 'dismiss', id: 'dismiss', hidden: true },
    el('span', { 'aria-hidden': 'true' }, '\u00d7'), el('span', { class: 'visually-hidden' }, L.dismiss));
  const bar = el('div', { class: 'bar', id: 'bar' },
    el('div', { class: 'bar-row' },
      el('div', { class: 'bar-progress' },
        el('span', { id: 'progress-label', class: 'progress-label' }, L.progressLabel),
        progress, progressText),
      el('div', { class: 'bar-buttons' }, nextButton, barDownload)),
    el('div', { class: 'bar-message' }, status, dismiss));

  const storageNote = el('p', { id: 'storage-note', class: 'notice' });
  function showStorage() {
    storageNote.textContent = storage ? L.storageOn : L.storageOff;
    storageNote.className = storage ? 'notice' : 'notice warning';
  }
  showStorage();

  const department = el('input', {
    id: 'department', name: 'department', type: 'text', autocomplete: 'organization',
    required: true, 'aria-required': 'true', 'aria-describedby': 'department-hint department-error',
    readonly: LOCKED ? true : null,
  });
  const departmentError = el('p', { id: 'department-error', class: 'field-error', hidden: true });
  const respondent = el('input', {
    id: 'respondent', name: 'respondent', type: 'text', autocomplete: 'name',
    'aria-describedby': 'respondent-hint',
  });

  const contents = el('ol', { class: 'contents' });
  const themeCounts = new Map();
  Q.themes.forEach(function (theme) {
    const count = el('span', { class: 'count' });
    themeCounts.set(theme.id, count);
    contents.append(el('li', null, el('a', { href: '#theme-' + theme.id }, theme.title), ' ', count));
  });

  const questionsBox = el('div', { id: 'questions', tabindex: '-1' });
  Q.themes.forEach(function (theme, t) {
    const section = el('section', { class: 'theme', id: 'theme-' + theme.id, 'aria-labelledby': 'theme-' + theme.id + '-h' },
      el('h2', { id: 'theme-' + theme.id + '-h' }, (t + 1) + '. ' + theme.title),
      theme.description ? paragraphs(theme.description, 'theme-description') : null);
    theme.questions.forEach(function (q) { section.append(questionBlock(BY_ID.get(q.id))); });
    questionsBox.append(section);
  });

  function questionBlock(entry) {
    const q = entry.q;
    const id = q.id;
    const meta = [];
    if (q.scope === 'organisation') meta.push(L.scopeOrganisation);
    if (q.scope === 'department') meta.push(L.scopeDepartment);
    if (q.owner) meta.push(fmt(L.owner, { owner: q.owner }));
    const choice = function (value, label, description, extra) {
      return el('label', { class: 'choice' + (extra ? ' ' + extra : '') },
        el('input', { type: 'radio', name: 'a-' + id, value: value, 'data-question': id }),
        el('span', { class: 'choice-text' },
          el('span', { class: 'choice-label' }, label),
          description ? el('span', { class: 'choice-description' }, description) : null));
    };
    const choices = entry.choices.map(function (c, i) { return choice(String(i), c.label, c.description, null); });
    const textarea = el('textarea', { id: 'c-' + id, rows: 2, 'data-comment': id, 'aria-describedby': 'o-' + id });
    return el('fieldset', { class: 'question', id: 'q-' + id, 'data-id': id },
      el('legend', null, el('span', { class: 'qnum' }, entry.n + '.'), ' ', q.text),
      el('p', { class: 'qstatus', id: 's-' + id }),
      meta.length ? el('p', { class: 'qmeta' }, meta.join(' · ')) : null,
      q.help ? el('details', { class: 'more' }, el('summary', null, L.help), paragraphs(q.help, null)) : null,
      q.references && q.references.length
        ? el('details', { class: 'more' }, el('summary', null, L.references),
          el('ul', null, q.references.map(function (r) { return el('li', null, r); })))
        : null,
      el('div', { class: 'choices' },
        choices,
        el('div', { class: 'choices-other' },
          choice('na', L.na, L.naHint, 'other'),
          choice('unknown', L.unknown, L.unknownHint, 'other'))),
      el('div', { class: 'comment' },
        el('label', { for: 'c-' + id }, L.comment),
        textarea,
        el('p', { class: 'orphan', id: 'o-' + id, hidden: true }, L.commentOrphan)),
      el('button', { type: 'button', class: 'link clear', 'data-clear': id },
        L.clear, el('span', { class: 'visually-hidden' }, ' (' + entry.n + ')')));
  }

  const downloadButton = el('button', { type: 'button', class: 'primary', id: 'download' }, L.download);
  const fileInput = el('input', { type: 'file', id: 'open-file', accept: '.yaml,.yml', hidden: true, tabindex: '-1' });
  const openButton = el('button', { type: 'button', class: 'secondary', id: 'open' }, L.open);
  const forgetButton = el('button', { type: 'button', class: 'secondary', id: 'forget' }, L.forget);

  app.append(
    el('a', { class: 'skip', href: '#questions' }, L.skip),
    el('header', { class: 'masthead' },
      el('h1', null, Q.title),
      el('p', { class: 'version' }, fmt(L.version, { id: Q.id, version: Q.version }))),
    bar,
    el('main', { id: 'main' },
      el('p', { class: 'notice offline' }, L.offline),
      storageNote,
      Q.description ? el('div', { class: 'intro' }, paragraphs(Q.description, null)) : null,
      el('section', { class: 'about', 'aria-labelledby': 'about-h' },
        el('h2', { id: 'about-h' }, L.aboutYou),
        el('div', { class: 'field' },
          el('label', { for: 'department' }, L.department),
          department,
          el('p', { class: 'hint', id: 'department-hint' }, LOCKED ? L.departmentLocked : L.departmentHint),
          departmentError),
        el('div', { class: 'field' },
          el('label', { for: 'respondent' }, L.respondent),
          respondent,
          el('p', { class: 'hint', id: 'respondent-hint' }, L.respondentHint))),
      el('nav', { class: 'toc', 'aria-labelledby': 'contents-h' },
        el('h2', { id: 'contents-h' }, L.contents), contents),
      questionsBox,
      el('section', { class: 'actions', 'aria-labelledby': 'actions-h' },
        el('h2', { id: 'actions-h' }, L.actions),
        el('div', { class: 'action' }, downloadButton, el('p', { class: 'hint' }, L.downloadHint)),
        el('div', { class: 'action' }, openButton, fileInput, el('p', { class: 'hint' }, L.openHint)),
        el('div', { class: 'action' }, forgetButton))),
    el('footer', { class: 'footer' },
      el('p', null, fmt(L.footer, { title: Q.title, version: Q.version }))));

  // --- showing the state --------------------------------------------------

  function showQuestion(entry) {
    const id = entry.q.id;
    const a = answer(id);
    const box = document.getElementById('q-' + id);
    box.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = r.value === a.value; });
    const textarea = document.getElementById('c-' + id);
    if (textarea.value !== a.comment) textarea.value = a.comment;
    const done = a.value !== '';
    box.classList.toggle('answered', done);
    document.getElementById('s-' + id).textContent = done ? '\u2713 ' + L.answered : L.unanswered;
    document.getElementById('o-' + id).hidden = done || a.comment.trim() === '';
  }

  function showProgress() {
    const n = answeredCount(null);
    progress.value = n;
    progressText.textContent = fmt(L.progress, { answered: n, total: TOTAL });
    Q.themes.forEach(function (theme) {
      const done = answeredCount(function (e) { return e.theme === theme; });
      themeCounts.get(theme.id).textContent = fmt(L.progress, { answered: done, total: theme.questions.length });
    });
  }

  function showAll() {
    department.value = state.department;
    respondent.value = state.respondent;
    QUESTIONS.forEach(showQuestion);
    showProgress();
  }

  /** Shows a message; `warning` is a second part, shown apart; `isError` makes it all an error. */
  function say(text, isError, warning) {
    status.textContent = '';
    if (text) status.append(el('span', { class: 'message' }, text));
    if (warning) status.append(' ', el('strong', { class: 'warning-text' }, warning));
    status.classList.toggle('error', Boolean(isError));
    status.classList.toggle('warning', Boolean(warning));
    dismiss.hidden = !text && !warning;
  }
  dismiss.addEventListener('click', function () {
    say('', false);
    barDownload.focus();
  });

  // --- answering ----------------------------------------------------------

  let current = 0; // the question last worked on, for « question suivante »

  document.addEventListener('change', function (ev) {
    const t = ev.target;
    if (t.type === 'radio' && t.dataset.question) {
      const id = t.dataset.question;
      state.answers[id] = { value: t.value, comment: answer(id).comment };
      current = BY_ID.get(id).n - 1;
      save();
      showQuestion(BY_ID.get(id));
      showProgress();
      say('', false);
    }
  });

  document.addEventListener('input', function (ev) {
    const t = ev.target;
    if (t.dataset && t.dataset.comment) {
      const id = t.dataset.comment;
      state.answers[id] = { value: answer(id).value, comment: t.value };
      save();
      showQuestion(BY_ID.get(id));
    } else if (t === department && !LOCKED) {
      state.department = t.value;
      if (t.value.trim()) {
        department.removeAttribute('aria-invalid');
        departmentError.hidden = true;
      }
      save();
    } else if (t === respondent) {
      state.respondent = t.value;
      save();
    }
  });

  document.addEventListener('focusin', function (ev) {
    const box = ev.target.closest && ev.target.closest('fieldset.question');
    if (box) current = BY_ID.get(box.dataset.id).n - 1;
  });

  document.addEventListener('click', function (ev) {
    const t = ev.target.closest ? ev.target.closest('[data-clear]') : null;
    if (!t) return;
    const id = t.dataset.clear;
    state.answers[id] = { value: '', comment: answer(id).comment };
    save();
    showQuestion(BY_ID.get(id));
    showProgress();
  });

  nextButton.addEventListener('click', function () {
    for (let k = 1; k <= TOTAL; k++) {
      const entry = QUESTIONS[(current + k) % TOTAL];
      if (answer(entry.q.id).value === '') {
        current = entry.n - 1;
        const box = document.getElementById('q-' + entry.q.id);
        box.scrollIntoView({ block: 'start' });
        box.querySelector('input[type=radio]').focus({ preventScroll: true });
        return;
      }
    }
    say(L.allAnswered, false);
  });

  // --- the answers file (SPEC §2), as src/answers_file.rs writes it -------

  /** A YAML double-quoted scalar: the escapes of `answers_file::quote`. */
  function quote(text) {
    let out = '"';
    for (const c of String(text)) {
      const cp = c.codePointAt(0);
      if (c === '"') out += '\\"';
      else if (c === '\\') out += '\\\\';
      else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\t') out += '\\t';
      else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
        cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || cp === 0xfffe || cp === 0xffff) {
        out += '\\u' + cp.toString(16).padStart(4, '0');
      } else out += c;
    }
    return out + '"';
  }

  const SPECIAL_KEYS = ['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf'];
  function yamlKey(id) {
    const plain = /^[a-z][a-z0-9-]*$/.test(id) && SPECIAL_KEYS.indexOf(id) < 0;
    return plain ? id : quote(id);
  }

  function today() {
    const d = new Date();
    return String(d.getFullYear()).padStart(4, '0') + '-' +
      String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function toYaml(date) {
    let out = '# ' + DATA.fileHeader + '\n';
    out += 'questionnaire: ' + quote(Q.id) + '\n';
    out += 'version: ' + quote(Q.version) + '\n';
    out += 'department: ' + quote(state.department.trim()) + '\n';
    if (state.respondent.trim()) out += 'respondent: ' + quote(state.respondent.trim()) + '\n';
    out += 'date: ' + date + '\n';
    const lines = [];
    QUESTIONS.forEach(function (entry) {
      const a = answer(entry.q.id);
      if (a.value === '') return;
      const key = yamlKey(entry.q.id);
      const comment = a.comment.trim();
      if (a.value === 'na' || a.value === 'unknown') {
        lines.push(comment
          ? '  ' + key + ': {choice: ' + a.value + ', comment: ' + quote(comment) + '}'
          : '  ' + key + ': ' + a.value);
      } else {
        lines.push('  ' + key + ':');
        lines.push('    choice: ' + a.value);
        if (comment) lines.push('    comment: ' + quote(comment));
      }
    });
    out += lines.length ? 'answers:\n' + lines.join('\n') + '\n' : 'answers: {}\n';
    return out;
  }

  // The file name of `boussole assess`: src/assess/mod.rs, `slug`.
  const FOLD = {
    'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
    'æ': 'ae', 'ç': 'c', 'ć': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd', 'ð': 'd',
    'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e',
    'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'į': 'i', 'ı': 'i',
    'ł': 'l', 'ľ': 'l', 'ĺ': 'l', 'ñ': 'n', 'ń': 'n', 'ň': 'n',
    'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o', 'œ': 'oe',
    'ŕ': 'r', 'ř': 'r', 'ś': 's', 'š': 's', 'ş': 's', 'ș': 's', 'ß': 'ss',
    'ť': 't', 'ţ': 't', 'ț': 't', 'þ': 'th',
    'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u', 'ų': 'u',
    'ý': 'y', 'ÿ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z',
  };
  function slug(text) {
    let out = '';
    for (const c of String(text).toLowerCase()) {
      const cp = c.codePointAt(0);
      if (/^[a-z0-9]$/.test(c)) out += c;
      else if (cp >= 0x300 && cp <= 0x36f) continue;
      else if (Object.prototype.hasOwnProperty.call(FOLD, c)) out += FOLD[c];
      else if (!out.endsWith('-')) out += '-';
    }
    let cut = Array.from(out.replace(/^-+|-+$/g, '')).slice(0, 60).join('');
    return cut.replace(/-+$/, '');
  }
  function fileName() {
    let stem = slug(state.department) || DATA.fallbackNames[0];
    if (state.respondent.trim()) stem += '--' + (slug(state.respondent) || DATA.fallbackNames[1]);
    if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(stem)) stem += '-1';
    return stem + '.yaml';
  }

  function download() {
    if (!state.department.trim()) {
      department.setAttribute('aria-invalid', 'true');
      departmentError.textContent = L.needDepartment;
      departmentError.hidden = false;
      say(L.needDepartment, true);
      department.focus();
      return;
    }
    const name = fileName();
    const blob = new Blob([toYaml(today())], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    const n = answeredCount(null);
    const parts = [fmt(L.downloaded, { file: name, answered: n, total: TOTAL })];
    if (n < TOTAL) parts.push(L.downloadedPartial);
    const orphans = QUESTIONS.filter(function (e) {
      const a = answer(e.q.id);
      return a.value === '' && a.comment.trim() !== '';
    }).map(function (e) { return e.n; });
    say(parts.join(' '), false,
      orphans.length ? fmt(L.commentsDropped, { list: orphans.join(', ') }) : null);
  }
  downloadButton.addEventListener('click', download);
  barDownload.addEventListener('click', download);

  // --- reopening an answers file -------------------------------------------
  // The YAML this form and `boussole assess` write, plus what a careful hand
  // edit keeps: comments, blank lines, bare or single-quoted scalars.

  function ParseError(line, message) {
    this.line = line;
    this.message = message;
  }

  const ESCAPES = { '"': '"', '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

  /** A scalar at the start of `s`: [value, rest]; quoted or bare up to one of `stops`. */
  function scalar(s, line, stops) {
    if (s[0] === '"') {
      let out = '';
      let i = 1;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') {
          const c = s[i + 1];
          const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
          if (width) {
            const hex = s.slice(i + 2, i + 2 + width);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new ParseError(line, L.errSyntax);
            out += String.fromCodePoint(parseInt(hex, 16));
            i += 2 + width;
          } else if (c !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, c)) {
            out += ESCAPES[c];
            i += 2;
          } else throw new ParseError(line, L.errSyntax);
        } else out += s[i++];
      }
      if (i >= s.length) throw new ParseError(line, L.errSyntax);
      return [out, s.slice(i + 1)];
    }
    if (s[0] === "'") {
      let out = '';
      let i = 1;
      for (;;) {
        if (i >= s.length) throw new ParseError(line, L.errSyntax);
        if (s[i] === "'") {
          if (s[i + 1] === "'") { out += "'"; i += 2; } else break;
        } else out += s[i++];
      }
      return [out, s.slice(i + 1)];
    }
    let end = s.length;
    for (let i = 0; i < s.length; i++) {
      if (stops.indexOf(s[i]) >= 0 || (s[i] === '#' && (i === 0 || /\s/.test(s[i - 1])))) { end = i; break; }
    }
    return [s.slice(0, end).trim(), s.slice(end)];
  }

  /** A whole value after `key:`; null for nothing. */
  function value(s, line) {
    s = s.trim();
    if (s === '' || s[0] === '#') return null;
    const r = scalar(s, line, '');
    if (r[1].trim() !== '' && r[1].trim()[0] !== '#') throw new ParseError(line, L.errSyntax);
    return r[0] === '~' || r[0] === 'null' ? (s[0] === '"' || s[0] === "'" ? r[0] : null) : r[0];
  }

  /** `{choice: na, comment: "…"}` */
  function flowMap(s, line) {
    const out = {};
    let rest = s.trim().slice(1);
    for (;;) {
      rest = rest.trimStart();
      if (rest[0] === '}') break;
      const k = /^([A-Za-z_]+)\s*:\s*/.exec(rest);
      if (!k) throw new ParseError(line, L.errSyntax);
      const r = scalar(rest.slice(k[0].length), line, ',}');
      out[k[1]] = r[0];
      rest = r[1].trimStart();
      if (rest[0] === ',') rest = rest.slice(1);
      else if (rest[0] !== '}') throw new ParseError(line, L.errSyntax);
    }
    const after = rest.slice(1).trim();
    if (after !== '' && after[0] !== '#') throw new ParseError(line, L.errSyntax);
    return out;
  }

  const WORDS = { na: 'na', unknown: 'unknown', 'sans objet': 'na', so: 'na', 'ne sait pas': 'unknown', nsp: 'unknown' };

  function parseAnswers(text) {
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    const top = {};
    const found = []; // [id, {choice, comment}, line]
    let inAnswers = false;
    let open = null; // the answer whose fields follow
    lines.forEach(function (raw, i) {
      const line = i + 1;
      if (/^\s*(#.*)?$/.test(raw)) return;
      const indent = /^ */.exec(raw)[0].length;
      const body = raw.slice(indent);
      if (indent === 0) {
        open = null;
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:(.*)$/.exec(body);
        if (!m) throw new ParseError(line, L.errSyntax);
        if (m[1] === 'answers') {
          const rest = m[2].trim();
          inAnswers = rest === '' || rest[0] === '#';
          if (!inAnswers && !/^\{\s*\}\s*(#.*)?$/.test(rest)) throw new ParseError(line, L.errSyntax);
          top.answers = true;
        } else {
          inAnswers = false;
          top[m[1]] = value(m[2], line);
        }
        return;
      }
      if (!inAnswers) throw new ParseError(line, L.errSyntax);
      if (open && indent > open.indent) {
        const m = /^([A-Za-z_]+)\s*:(.*)$/.exec(body);
        if (!m) throw new ParseError(line, L.errSyntax);
        open.fields[m[1]] = value(m[2], line);
        return;
      }
      const k = scalar(body, line, ':');
      const rest = k[1];
      if (rest[0] !== ':') throw new ParseError(line, L.errSyntax);
      const v = rest.slice(1).trim();
      const entry = { id: k[0], fields: {}, indent: indent, line: line };
      found.push(entry);
      open = null;
      if (v === '' || v[0] === '#') open = entry;
      else if (v[0] === '{') entry.fields = flowMap(v, line);
      else {
        const word = value(v, line);
        if (word !== null) entry.fields.choice = word;
      }
    });
    return { top: top, found: found };
  }

  /** The answers of a file, checked against this questionnaire. */
  function readAnswers(text) {
    const parsed = parseAnswers(text);
    const top = parsed.top;
    if (typeof top.questionnaire !== 'string' || typeof top.version !== 'string' || !top.answers) {
      throw new ParseError(null, L.errNotAnswers);
    }
    if (top.questionnaire !== Q.id || top.version !== Q.version) {
      throw new ParseError(null, fmt(L.errQuestionnaire, {
        found: top.questionnaire, found_version: top.version, expected: Q.id, expected_version: Q.version,
      }));
    }
    const answers = {};
    parsed.found.forEach(function (f) {
      const entry = BY_ID.get(f.id);
      if (!entry) throw new ParseError(f.line, fmt(L.errUnknownQuestion, { id: f.id }));
      const choice = f.fields.choice;
      const comment = typeof f.fields.comment === 'string' ? f.fields.comment.trim() : '';
      if (choice === null || choice === undefined) return; // missing
      const word = Object.prototype.hasOwnProperty.call(WORDS, choice) ? WORDS[choice] : null;
      let v;
      if (word) v = word;
      else if (/^[0-9]+$/.test(choice) && Number(choice) < entry.choices.length) v = String(Number(choice));
      else {
        throw new ParseError(f.line, fmt(L.errChoice, { choice: choice, id: f.id, max: entry.choices.length - 1 }));
      }
      answers[f.id] = { value: v, comment: comment };
    });
    return {
      department: typeof top.department === 'string' ? top.department.trim() : '',
      respondent: typeof top.respondent === 'string' ? top.respondent.trim() : '',
      answers: answers,
    };
  }

  function hasAnswers() {
    return Object.keys(state.answers).some(function (id) {
      const a = state.answers[id];
      return a.value !== '' || a.comment.trim() !== '';
    });
  }

  openButton.addEventListener('click', function () { fileInput.click(); });
  fileInput.addEventListener('change', function () {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    file.text().then(function (text) {
      let read;
      try {
        read = readAnswers(text);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        const error = e.line ? fmt(L.errLine, { line: e.line, error: e.message }) : e.message;
        say(fmt(L.openError, { file: file.name, error: error }), true);
        return;
      }
      if (hasAnswers() && !window.confirm(fmt(L.replaceConfirm, { file: file.name }))) return;
      const notes = [];
      if (LOCKED) {
        if (read.department && read.department !== LOCKED) {
          notes.push(fmt(L.otherDepartment, { found: read.department, expected: LOCKED }));
        }
      } else {
        state.department = read.department;
      }
      state.respondent = read.respondent;
      state.answers = read.answers;
      save();
      showAll();
      const n = answeredCount(null);
      notes.unshift(fmt(L.opened, { file: file.name, answered: n, total: TOTAL }));
      say(notes.join(' '), false);
    }, function () {
      say(fmt(L.openError, { file: file.name, error: '' }), true);
    });
  });

  forgetButton.addEventListener('click', function () {
    if (!window.confirm(L.forgetConfirm)) return;
    if (storage) storage.removeItem(KEY);
    state.department = LOCKED || '';
    state.respondent = DATA.respondent || '';
    state.answers = {};
    showAll();
    say(L.forgotten, false);
  });

  restore();
  showAll();
})();
