// The review page without a mouse: Ctrl+Enter approves the segment and moves to the next one in
// the same language; Alt+ArrowUp / Alt+ArrowDown move between segments (the page lists these
// shortcuts: keep its list in step). htmx sends the CSRF token. A translation box grows with its
// text: CSS field-sizing does it where supported, this script elsewhere.
(function () {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) e.detail.headers[header.content] = token.content;
  });

  // A cell the server answered with a conflict or refusal is still swapped in: show its message.
  document.body.addEventListener('htmx:beforeSwap', (e) => {
    const html = (e.detail.xhr.getResponseHeader('Content-Type') || '').startsWith('text/html');
    if (html && [400, 403, 409].includes(e.detail.xhr.status)) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });

  const grows = window.CSS && CSS.supports('field-sizing', 'content');
  function fit(area) {
    if (grows) return;
    area.style.height = 'auto';
    area.style.height = area.scrollHeight + 'px';
  }
  function fitAll(root) {
    root.querySelectorAll('td.target textarea').forEach(fit);
  }
  document.body.addEventListener('input', (e) => {
    if (e.target.matches && e.target.matches('td.target textarea')) fit(e.target);
  });
  document.body.addEventListener('htmx:afterSwap', () => fitAll(document));
  window.addEventListener('load', () => fitAll(document));

  // The boxes of one language in page order: a filtered page skips positions.
  function boxes(lang) {
    return Array.from(document.querySelectorAll('td.target[lang="' + lang + '"] textarea'));
  }

  // The box `step` boxes after the cell of `lang` at `position` (or the first after or before it
  // when that cell has no box), or null.
  function near(lang, position, step) {
    const all = boxes(lang);
    const at = (a) => Number(a.closest('td').dataset.position);
    return step > 0
      ? all.find((a) => at(a) > position) || null
      : all.reverse().find((a) => at(a) < position) || null;
  }

  function go(next) {
    if (next) {
      next.focus();
      next.scrollIntoView({block: 'center'});
    }
  }

  function move(from, step) {
    const cell = from.closest('td');
    go(near(cell.getAttribute('lang'), Number(cell.dataset.position), step));
  }

  let moveAfterSwap = null;
  document.body.addEventListener('keydown', (e) => {
    const area = e.target.closest && e.target.closest('td.target textarea');
    if (!area) return;
    if (e.ctrlKey && e.key === 'Enter') {
      e.preventDefault();
      const cell = area.closest('td');
      moveAfterSwap = {lang: cell.getAttribute('lang'), position: Number(cell.dataset.position)};
      area.form.querySelector('button.approve').click();
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      move(area, e.key === 'ArrowDown' ? 1 : -1);
    }
  });

  document.body.addEventListener('htmx:afterSettle', (e) => {
    if (!moveAfterSwap) return;
    const cell = document.getElementById('c-' + moveAfterSwap.lang + '-' + moveAfterSwap.position);
    const from = cell && cell.querySelector('textarea');
    const stay = cell && cell.querySelector('.message');
    const target = moveAfterSwap;
    moveAfterSwap = null;
    if (stay) {
      if (from) from.focus();
      return;
    }
    go(near(target.lang, target.position, 1));
  });
})();
