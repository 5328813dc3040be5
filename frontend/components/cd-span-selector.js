/**
 * <cd-span-selector>: reports the user's text selection inside an article as Unicode CODE-POINT offsets
 * (W3C Web Annotation TextPositionSelector: start inclusive, end exclusive), in right-to-left and left-to-right
 * text alike. The server renders the text as light-DOM children: every run of text is a
 * <span class="cd-piece" data-start="N"> holding one text node, where N is the code-point offset of the run in the
 * article body. The browser counts UTF-16 units; this element converts at the boundary.
 *
 * Mouse: select with the mouse; on mouseup a `span-selected` event carries {start, end, text}.
 * Touch: a phone or tablet selects by long press and handles, without mouseup; the document's `selectionchange`
 * (settled for 250 ms) and `touchend` report a selection inside this element the same way. A selection already
 * reported is not reported again.
 * Keyboard: focus the text (Tab), then Shift+Arrow extends the selection by one character (Ctrl/Alt+Shift+Arrow by
 * word), Arrow without Shift moves the caret, Home/End go to the line ends; in RTL text ArrowLeft moves forward.
 * Enter fires `span-commit` for the current selection. Clicking a highlighted claim fires `claim-click` {claimId}.
 */
class CdSpanSelector extends HTMLElement {
  connectedCallback() {
    if (!this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '0');
    }
    this.setAttribute('role', 'document');
    this._caret = null; // {anchor, focus} in code points, for keyboard selection
    this._onMouseUp = () => setTimeout(() => this._report(false), 0);
    this._onKeyDown = (e) => this._key(e);
    this._onClick = (e) => this._click(e);
    this._lastReported = null;
    this._settle = null;
    this._onSelectionChange = () => {
      clearTimeout(this._settle);
      this._settle = setTimeout(() => this._reportIfNew(), 250);
    };
    this._onTouchEnd = () => setTimeout(() => this._reportIfNew(), 0);
    document.addEventListener('selectionchange', this._onSelectionChange);
    this.addEventListener('touchend', this._onTouchEnd);
    this.addEventListener('mouseup', this._onMouseUp);
    this.addEventListener('keydown', this._onKeyDown);
    this.addEventListener('click', this._onClick);
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this._onSelectionChange);
    this.removeEventListener('touchend', this._onTouchEnd);
    clearTimeout(this._settle);
    this.removeEventListener('mouseup', this._onMouseUp);
    this.removeEventListener('keydown', this._onKeyDown);
    this.removeEventListener('click', this._onClick);
  }

  /** All text pieces in document order. */
  _pieces() {
    return Array.from(this.querySelectorAll('.cd-piece[data-start]'));
  }

  static _cpLength(s) {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }

  /** Code-point offset of DOM position (node, offset), or null when outside this element. */
  _toOffset(node, offset) {
    if (!this.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement.closest('.cd-piece[data-start]');
      if (!piece) return this._offsetBefore(node);
      return Number(piece.dataset.start) + CdSpanSelector._cpLength(node.data.slice(0, offset));
    }
    // an element position: the boundary before its child at `offset`
    const children = node.childNodes;
    if (offset < children.length) return this._offsetBefore(children[offset]);
    return this._offsetAfter(node);
  }

  /** Offset where `node` begins: its first piece, or the end of the last piece before it. */
  _offsetBefore(node) {
    const pieces = this._pieces();
    for (const p of pieces) {
      if (node === p || node.contains(p) || (node.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        return Number(p.dataset.start);
      }
    }
    return this._end(pieces);
  }

  /** Offset where `node` ends: the end of its last piece. */
  _offsetAfter(node) {
    const inside = Array.from(node.querySelectorAll ? node.querySelectorAll('.cd-piece[data-start]') : []);
    if (node.classList && node.classList.contains('cd-piece')) inside.push(node);
    if (inside.length === 0) return this._offsetBefore(node);
    return this._end([inside[inside.length - 1]]);
  }

  _end(pieces) {
    if (pieces.length === 0) return 0;
    const last = pieces[pieces.length - 1];
    return Number(last.dataset.start) + CdSpanSelector._cpLength(last.textContent);
  }

  /** DOM position of a code-point offset. */
  _toDom(cp) {
    const pieces = this._pieces();
    for (const p of pieces) {
      const start = Number(p.dataset.start);
      const text = p.firstChild ? p.firstChild.data : '';
      const len = CdSpanSelector._cpLength(text);
      if (cp >= start && cp <= start + len) {
        let units = 0;
        let i = 0;
        for (const ch of text) {
          if (i === cp - start) break;
          units += ch.length;
          i++;
        }
        return {node: p.firstChild || p, offset: units};
      }
    }
    const last = pieces[pieces.length - 1];
    return {node: last.firstChild || last, offset: last.firstChild ? last.firstChild.data.length : 0};
  }

  /** The whole text as an array of code points, with '\n' where paragraphs are separated. */
  _codePoints() {
    const out = [];
    for (const p of this._pieces()) {
      const s = Number(p.dataset.start);
      while (out.length < s) out.push('\n');
      for (const ch of p.textContent) out.push(ch);
    }
    return out;
  }

  _text(start, end) {
    return this._codePoints().slice(start, end).join('');
  }

  _selection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const a = this._toOffset(sel.anchorNode, sel.anchorOffset);
    const f = this._toOffset(sel.focusNode, sel.focusOffset);
    if (a === null && f === null) return null;
    const all = this._end(this._pieces());
    const anchor = a === null ? (f === 0 ? all : 0) : a;
    const focus = f === null ? (a === 0 ? all : 0) : f;
    return {anchor, focus};
  }

  _report(commit) {
    const sel = this._selection();
    if (!sel) return;
    this._caret = sel;
    const start = Math.min(sel.anchor, sel.focus);
    const end = Math.max(sel.anchor, sel.focus);
    if (start === end && !commit) return;
    this._lastReported = start + ':' + end;
    this.dispatchEvent(new CustomEvent(commit ? 'span-commit' : 'span-selected', {
      detail: {start, end, text: this._text(start, end)}, bubbles: true, composed: true
    }));
  }

  /** Reports a non-empty selection inside this element unless it was the last one reported (touch, selectionchange). */
  _reportIfNew() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    if (!this.contains(sel.anchorNode) || !this.contains(sel.focusNode)) return;
    const s = this._selection();
    if (!s) return;
    const key = Math.min(s.anchor, s.focus) + ':' + Math.max(s.anchor, s.focus);
    if (key === this._lastReported) return;
    this._report(false);
  }

  _apply(anchor, focus) {
    const a = this._toDom(anchor);
    const f = this._toDom(focus);
    window.getSelection().setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    this._caret = {anchor, focus};
  }

  _wordStep(cp, forward) {
    const text = this._codePoints();
    let i = cp;
    const isSpace = (c) => c === undefined || /\s/.test(c);
    if (forward) {
      while (i < text.length && isSpace(text[i])) i++;
      while (i < text.length && !isSpace(text[i])) i++;
    } else {
      while (i > 0 && isSpace(text[i - 1])) i--;
      while (i > 0 && !isSpace(text[i - 1])) i--;
    }
    return i;
  }

  _key(e) {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter'];
    if (!keys.includes(e.key)) return;
    const total = this._end(this._pieces());
    const current = this._selection() || this._caret || {anchor: 0, focus: 0};
    if (e.key === 'Enter') {
      e.preventDefault();
      this._report(true);
      return;
    }
    const rtl = getComputedStyle(this).direction === 'rtl';
    let focus = current.focus;
    if (e.key === 'Home') focus = 0;
    else if (e.key === 'End') focus = total;
    else {
      const forward = (e.key === 'ArrowRight') !== rtl;
      focus = (e.ctrlKey || e.altKey) ? this._wordStep(focus, forward) : focus + (forward ? 1 : -1);
    }
    focus = Math.max(0, Math.min(total, focus));
    e.preventDefault();
    const anchor = e.shiftKey ? current.anchor : focus;
    this._apply(anchor, focus);
    if (e.shiftKey) this._report(false);
  }

  _click(e) {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const piece = e.target.closest && e.target.closest('.cd-piece[data-claims]');
    if (!piece) return;
    const ids = piece.dataset.claims.split(',').filter(Boolean);
    if (ids.length > 0) {
      this.dispatchEvent(new CustomEvent('claim-click', {detail: {claimId: Number(ids[ids.length - 1])},
        bubbles: true, composed: true}));
    }
  }

  /** For tests: select [start, end) as a user would and report it. */
  selectRange(start, end) {
    this._apply(start, end);
    this._report(false);
  }
}

if (!customElements.get('cd-span-selector')) {
  customElements.define('cd-span-selector', CdSpanSelector);
}
