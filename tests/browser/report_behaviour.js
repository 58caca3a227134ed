// Drives the report's own script as a reader would, inside the browser, and
// writes what happened into a <pre> with the id "behaviour": one line per
// check, "ok   name" or "FAIL name: detail". Appended to a copy of the
// report by report_in_chromium.sh, after the report's script has run.
(function () {
  'use strict';
  var results = [];
  // Runs `test`, which returns [passed, detail]; a throw is a failure too.
  function check(name, test) {
    try {
      var outcome = test();
      results.push(outcome[0] ? 'ok   ' + name : 'FAIL ' + name + ': ' + outcome[1]);
    } catch (error) {
      results.push('FAIL ' + name + ': ' + error);
    }
  }
  function key(name) {
    document.dispatchEvent(new KeyboardEvent('keydown', {key: name, bubbles: true}));
  }
  function shown() {
    return Array.prototype.slice.call(document.querySelectorAll('article.finding:not([hidden])'));
  }
  function ids(cards) { return cards.map(function (card) { return card.id; }).join(' '); }

  var cards = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var counter = document.getElementById('shown');
  var select = document.getElementById('document-filter');
  var active = function () { return document.activeElement && document.activeElement.id; };

  check('no corpus text became an element', function () {
    return [document.querySelectorAll('main img, main iframe, main script, main svg, header img')
                .length === 0 && window.corpusScriptRan === undefined,
            'markup from the corpus is live'];
  });
  check('every finding is shown at first', function () {
    return [cards.length > 0 && shown().length === cards.length, shown().length + ' of ' + cards.length];
  });
  check('the count of shown findings is written', function () {
    return [counter.textContent === cards.length + ' of ' + cards.length + ' findings shown',
            counter.textContent];
  });
  check('j selects the first finding', function () {
    key('j');
    return [document.activeElement === cards[0] && location.hash === '#' + cards[0].id,
            active() + ' ' + location.hash];
  });
  check('j moves to the next finding, k back', function () {
    key('j');
    var next = active();
    key('k');
    return [next === cards[Math.min(1, cards.length - 1)].id && active() === cards[0].id,
            next + ' then ' + active()];
  });
  check('a kind filter hides that kind and only that', function () {
    var kind = cards[0].dataset.kind;
    var box = document.querySelector('input[data-filter=kind][value=' + kind + ']');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    var others = cards.filter(function (card) { return card.dataset.kind !== kind; });
    return [shown().length === others.length &&
            shown().every(function (card) { return card.dataset.kind !== kind; }), ids(shown())];
  });
  check('a deep link shows its finding even when filtered out', function () {
    history.replaceState(null, '', '#' + cards[0].id);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return [!cards[0].hidden && document.activeElement === cards[0], ids(shown())];
  });
  check('the document filter keeps that document\'s findings', function () {
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
    return [shown().length > 0 && shown().every(function (card) {
      return card.dataset.documents.split('\n').indexOf(select.value) >= 0;
    }), select.value + ': ' + ids(shown())];
  });
  check('clicking a document in the picture filters by it', function () {
    select.value = '';
    var node = document.querySelector('svg .node.in-findings');
    node.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    return [select.value === node.dataset.document && node.classList.contains('selected'),
            select.value];
  });
  check('sorting by subject orders the cards', function () {
    var sort = document.getElementById('sort');
    sort.value = 'subject';
    sort.dispatchEvent(new Event('change'));
    var subjects = Array.prototype.map.call(document.querySelectorAll('article.finding'),
                                            function (card) { return card.dataset.subject; });
    return [subjects.join('\n') === subjects.slice().sort().join('\n'), subjects.join(', ')];
  });

  var out = document.createElement('pre');
  out.id = 'behaviour';
  out.textContent = results.join('\n');
  document.body.appendChild(out);
})();
