/**
 * <cd-suggestion-list>: the reader's suggested claim spans, drawn in the browser from one JSON property instead of
 * a dozen server-side components per suggestion (issue 18: heap per signed-in session).
 *
 * Property `items` (a JSON string): an array of
 *   {kind, kindLabel, score, scoreText, text, reasons, taken, createLabel}
 * Property `dir-text` / attribute `text-dir`: the article's direction for the suggestion texts; `score-title`:
 * the tooltip of the score; `empty-text`: shown when there is no suggestion.
 *
 * Each suggestion is drawn in the light DOM (the application's stylesheet applies) as
 *   <div class="cd-suggestion" id="suggestion-N" data-kind="KIND">
 *     <div class="cd-suggestion-head">badge, score bar, score, <vaadin-button id="suggestion-create-N"></div>
 *     <p class="cd-suggestion-text" dir="...">text</p>
 *     <span class="cd-muted">reasons</span>
 *   </div>
 * Texts are set as text only (never HTML). The create button is a vaadin-button (Tab, Enter and Space work);
 * pressing it fires `suggestion-create` with {index}; a suggestion already claimed has its button disabled.
 */
class CdSuggestionList extends HTMLElement {
  set items(json) {
    this._json = json;
    this._render();
  }

  get items() {
    return this._json;
  }

  connectedCallback() {
    // a value set before this element was upgraded sits on the instance and hides the setter
    if (Object.prototype.hasOwnProperty.call(this, 'items')) {
      const value = this.items;
      delete this.items;
      this._json = value;
    }
    this._render();
  }

  _render() {
    if (!this.isConnected) return;
    let list = [];
    try {
      list = JSON.parse(this._json || '[]');
    } catch (e) {
      list = [];
    }
    const focusedId = document.activeElement && this.contains(document.activeElement) ? document.activeElement.id : null;
    this.replaceChildren();
    if (list.length === 0) {
      this.removeAttribute('role');
      const empty = document.createElement('p');
      empty.textContent = this.getAttribute('empty-text') || '';
      this.appendChild(empty);
      return;
    }
    this.setAttribute('role', 'list');
    const dir = this.getAttribute('text-dir') || 'auto';
    const scoreTitle = this.getAttribute('score-title') || '';
    list.forEach((s, i) => this.appendChild(this._card(s, i, dir, scoreTitle)));
    if (focusedId) {
      const again = this.querySelector('#' + CSS.escape(focusedId));
      if (again) again.focus();
    }
  }

  _card(s, index, dir, scoreTitle) {
    const card = document.createElement('div');
    card.className = 'cd-suggestion';
    card.id = 'suggestion-' + index;
    card.dataset.kind = s.kind;
    card.setAttribute('role', 'listitem');

    const head = document.createElement('div');
    head.className = 'cd-suggestion-head';
    const kind = document.createElement('span');
    kind.className = 'cd-badge ' + (s.kind === 'CLAUSE' ? 'cd-badge-contrast' : 'cd-badge-primary');
    kind.textContent = s.kindLabel;
    const bar = document.createElement('vaadin-progress-bar');
    bar.min = 0;
    bar.max = 1;
    bar.value = Math.max(0, Math.min(1, s.score));
    bar.style.width = '5em';
    bar.setAttribute('aria-label', scoreTitle);
    const score = document.createElement('span');
    score.textContent = s.scoreText;
    score.title = scoreTitle;
    const create = document.createElement('vaadin-button');
    create.id = 'suggestion-create-' + index;
    create.setAttribute('theme', 'small');
    const plus = document.createElement('vaadin-icon');
    plus.setAttribute('icon', 'vaadin:plus');
    plus.setAttribute('slot', 'prefix');
    create.appendChild(plus);
    create.appendChild(document.createTextNode(s.createLabel));
    if (s.taken) {
      create.disabled = true;
    } else {
      create.addEventListener('click', () => {
        this.dispatchEvent(new CustomEvent('suggestion-create', {detail: {index}}));
      });
    }
    head.append(kind, bar, score, create);

    const text = document.createElement('p');
    text.className = 'cd-suggestion-text';
    text.setAttribute('dir', dir);
    text.textContent = s.text;
    const reasons = document.createElement('span');
    reasons.className = 'cd-muted';
    reasons.textContent = s.reasons;
    card.append(head, text, reasons);
    return card;
  }
}

if (!customElements.get('cd-suggestion-list')) {
  customElements.define('cd-suggestion-list', CdSuggestionList);
}
