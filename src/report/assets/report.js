// The report's only script: it fills the side panel from the JSON table of findings.
// Only textContent is written, so a finding's strings are never parsed as HTML. A piece of text is
// its outermost mark and the marks inside it; the innermost (the narrowest finding, a bias marker
// before a frame cue before an entity) is shown first, and a kind the legend hides is not shown. It runs under the page's
// Content-Security-Policy as an inline script (report/html.ts).
(() => {
  const findings = JSON.parse(document.getElementById('findings').textContent);
  const article = document.getElementById('article');
  const panel = document.getElementById('finding');
  const hint = panel.firstElementChild;
  let pinned = null;
  const pieceOf = (node) => {
    let mark = node.closest('mark');
    while (mark && mark.parentElement && mark.parentElement.tagName === 'MARK') mark = mark.parentElement;
    return mark;
  };
  const element = (tag, text) => {
    const made = document.createElement(tag);
    made.textContent = text;
    return made;
  };
  const card = (finding) => {
    const section = document.createElement('section');
    section.className = 'card card-' + finding.kind;
    const list = document.createElement('dl');
    for (const [name, value] of finding.fields) list.append(element('dt', name), element('dd', value));
    section.append(element('h3', finding.heading), list);
    return section;
  };
  const shown = (mark) => {
    const box = document.getElementById('show-' + mark.dataset.kind);
    return !box || box.checked;
  };
  const visibleMarks = (piece) => [piece, ...piece.querySelectorAll('mark')].reverse().filter(shown);
  const show = (piece) => {
    const marks = piece ? visibleMarks(piece) : [];
    if (marks.length === 0) return panel.replaceChildren(hint);
    const indices = marks.flatMap((mark) => mark.dataset.findings.split(' '));
    panel.replaceChildren(...indices.map((index) => card(findings[Number(index)])));
  };
  const pin = (piece) => {
    if (visibleMarks(piece).length === 0) return;
    if (pinned) pinned.classList.remove('selected');
    pinned = piece;
    piece.classList.add('selected');
    show(piece);
  };
  article.addEventListener('mouseover', (event) => {
    const piece = pieceOf(event.target);
    if (piece) show(piece);
  });
  article.addEventListener('mouseleave', () => show(pinned));
  article.addEventListener('click', (event) => {
    const piece = pieceOf(event.target);
    if (piece) pin(piece);
  });
  article.addEventListener('focusin', (event) => {
    const piece = pieceOf(event.target);
    if (piece) pin(piece);
  });
})();
