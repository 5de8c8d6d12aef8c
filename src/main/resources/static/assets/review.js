// The review page without a mouse: Ctrl+Enter approves the segment and moves to the next one in
// the same language; Alt+ArrowUp / Alt+ArrowDown move between segments. htmx sends the CSRF token.
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

  function box(lang, position) {
    const cell = document.getElementById('c-' + lang + '-' + position);
    return cell ? cell.querySelector('textarea') : null;
  }

  function move(from, step) {
    const cell = from.closest('td');
    const lang = cell.getAttribute('lang');
    let position = Number(cell.dataset.position) + step;
    let next;
    while ((next = box(lang, position)) === null && document.getElementById('c-' + lang + '-' + position)) {
      position += step;
    }
    if (next) {
      next.focus();
      next.scrollIntoView({block: 'center'});
    }
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
    const next = box(target.lang, target.position + 1);
    if (next) {
      next.focus();
      next.scrollIntoView({block: 'center'});
    }
  });
})();
