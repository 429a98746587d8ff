// @ts-check
/**
 * The script of the share file ("Netzwerk als Datei teilen", src/core/share/): it reads the network
 * from the page's `application/json` block and makes the map, the table and the details work —
 * search, choose a partner on the map or in the table, its details and ties, a sector filter,
 * sorting, zoom and pan with mouse, finger or keys. It is written inline into every share file and
 * allowed there by its hash: plain JavaScript without imports, as any browser of the last years
 * runs it; names only ever go into the page as text. It makes no request and keeps nothing: no
 * fetch, no storage, no cookie.
 */
(function () {
  'use strict';

  /** @typedef {import('../core/share/types').ShareData} ShareData */

  /** @param {string} selector */
  function find(selector) {
    const element = document.querySelector(selector);
    if (element === null) throw new Error('share file: ' + selector + ' is missing');
    return element;
  }

  /** @type {ShareData} */
  const data = JSON.parse(find('#share-data').textContent || '{}');
  const texts = data.texts;
  const svg = /** @type {SVGSVGElement} */ (find('.share-svg'));
  const frame = /** @type {HTMLElement} */ (find('.share-map-frame'));
  const tbody = /** @type {HTMLTableSectionElement} */ (find('#share-table tbody'));
  const scroller = /** @type {HTMLElement} */ (find('.share-table-scroll'));
  const search = /** @type {HTMLInputElement} */ (find('#share-search'));
  const found = find('#share-found');
  const detailBody = find('#share-detail-body');
  const details = /** @type {HTMLElement} */ (find('.share-details'));
  const SVG = 'http://www.w3.org/2000/svg';

  /** Folds text for searching: case and accents do not matter ("fruh" finds "Frühförderung"). */
  /** @param {string} text */
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .toLowerCase();
  }
  const folded = data.partners.map(function (partner) {
    return fold(partner.name);
  });
  const collator = new Intl.Collator(document.documentElement.lang || 'de');

  /** @param {string} text @param {Record<string, string | number>} values */
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  // ---- the map: its partners, and what the script draws over it --------------------------------

  /** @type {(SVGGElement | null)[]} */
  const dots = data.partners.map(function () {
    return null;
  });
  /** @type {(SVGTextElement | null)[]} */
  const labels = dots.map(function () {
    return null;
  });
  svg.querySelectorAll('g[data-partner]').forEach(function (group) {
    dots[Number(group.getAttribute('data-partner'))] = /** @type {SVGGElement} */ (group);
  });
  svg.querySelectorAll('text[data-partner]').forEach(function (label) {
    labels[Number(label.getAttribute('data-partner'))] = /** @type {SVGTextElement} */ (label);
  });
  /** @param {number} index @returns {{ x: number, y: number, r: number } | null} */
  function place(index) {
    const dot = dots[index];
    const circle = dot && dot.querySelector('circle');
    if (!circle) return null;
    return {
      x: Number(circle.getAttribute('cx')),
      y: Number(circle.getAttribute('cy')),
      r: Number(circle.getAttribute('r')),
    };
  }
  const baseTies = svg.querySelector('g[data-ties]');
  /** @param {string} className */
  function layer(className) {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', className);
    group.setAttribute('stroke-linecap', 'round');
    return group;
  }
  const shownTies = layer('share-shown-ties');
  const litTies = layer('share-lit-ties');
  const marks = layer('share-marks');
  if (baseTies && baseTies.nextSibling) {
    svg.insertBefore(shownTies, baseTies.nextSibling);
    svg.insertBefore(litTies, shownTies.nextSibling);
  } else {
    svg.append(shownTies, litTies);
  }
  svg.append(marks);

  /** The ties as paths, one per width: a path of many segments draws fast. */
  /** @param {SVGGElement} group @param {ShareData['ties']} ties @param {string} color */
  function drawTies(group, ties, color) {
    group.replaceChildren();
    /** @type {Map<number, string[]>} */
    const byWidth = new Map();
    ties.forEach(function (tie) {
      const a = place(tie.a);
      const b = place(tie.b);
      if (!a || !b) return;
      const segments = byWidth.get(tie.width) || [];
      segments.push('M' + a.x + ' ' + a.y + 'L' + b.x + ' ' + b.y);
      byWidth.set(tie.width, segments);
    });
    byWidth.forEach(function (segments, width) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', segments.join(''));
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', color);
      path.setAttribute('stroke-width', String(width));
      group.append(path);
    });
  }

  // ---- what is shown: sector filter, search, the partner chosen ---------------------------------

  /** @type {Set<number>} */
  const hiddenSectors = new Set();
  /** @type {number[] | null} partners the search finds, null without a search */
  let matches = null;
  /** @type {number | null} */
  let selected = null;

  /** @param {number} index */
  function inShownSector(index) {
    return !hiddenSectors.has(data.partners[index].sector);
  }

  /** @param {number} index */
  function neighbours(index) {
    return data.ties.filter(function (tie) {
      return tie.a === index || tie.b === index;
    });
  }

  /** Classes on dots, names and rows, and the ties drawn over the map, for the state now. */
  function show() {
    const matched = new Set(matches || []);
    /** @type {Set<number>} */
    const lit = new Set(matched);
    const ownTies = selected === null ? [] : neighbours(selected);
    if (selected !== null) lit.add(selected);
    ownTies.forEach(function (tie) {
      lit.add(tie.a);
      lit.add(tie.b);
    });
    const focusing = matches !== null || selected !== null;
    svg.classList.toggle('is-focusing', focusing);
    data.partners.forEach(function (_partner, index) {
      const hidden = !inShownSector(index);
      [dots[index], labels[index]].forEach(function (element) {
        if (!element) return;
        element.classList.toggle('is-hidden', hidden);
        element.classList.toggle('is-lit', lit.has(index));
        element.classList.toggle('is-match', matched.has(index));
        element.classList.toggle('is-selected', index === selected);
      });
    });
    tbody.querySelectorAll('tr').forEach(function (row) {
      const index = Number(row.getAttribute('data-partner'));
      row.hidden = !inShownSector(index) || (matches !== null && !matched.has(index));
      if (index === selected) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    const filtering = hiddenSectors.size > 0;
    if (baseTies) baseTies.classList.toggle('is-faded', filtering || focusing);
    drawTies(
      shownTies,
      filtering
        ? data.ties.filter(function (tie) {
            return inShownSector(tie.a) && inShownSector(tie.b);
          })
        : [],
      '#b0b0b0',
    );
    drawTies(litTies, ownTies, '#333333');
    marks.replaceChildren();
    if (selected !== null) markOnMap(selected);
  }

  /**
   * A ring around the chosen partner, and its name beside its dot where the map had no room to
   * write it.
   */
  /** @param {number} index */
  function markOnMap(index) {
    const at = place(index);
    if (!at) return;
    const ring = document.createElementNS(SVG, 'circle');
    ring.setAttribute('cx', String(at.x));
    ring.setAttribute('cy', String(at.y));
    ring.setAttribute('r', String(at.r + 6));
    ring.setAttribute('class', 'share-ring');
    marks.append(ring);
    if (labels[index]) return;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(at.x + at.r + 4));
    label.setAttribute('y', String(at.y + 4));
    label.setAttribute('class', 'share-mark-label');
    label.textContent = data.partners[index].name;
    marks.append(label);
  }

  // ---- details of the partner chosen ------------------------------------------------------------

  /**
   * @param {string} tag
   * @param {string} [text]
   * @param {string} [className]
   */
  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    if (className) made.className = className;
    return made;
  }

  /** @param {number} index */
  function partnerButton(index) {
    const button = element('button', data.partners[index].name, 'share-link');
    button.setAttribute('type', 'button');
    button.setAttribute('data-partner', String(index));
    return button;
  }

  /** @param {number} index */
  function showDetails(index) {
    const partner = data.partners[index];
    const sector = data.sectors[partner.sector];
    const list = element('dl');
    /** @type {[string, string][]} */
    const fields = [[texts.sector, sector.name]];
    if (partner.type) fields.push([texts.type, partner.type]);
    fields.concat(partner.details).forEach(function (field) {
      const row = element('div');
      row.append(element('dt', field[0]), element('dd', field[1]));
      list.append(row);
    });
    const parts = [element('h3', partner.name), list];
    if (!partner.onMap) parts.push(element('p', texts.notOnMap, 'share-hint'));
    const ties = neighbours(index).sort(function (a, b) {
      const other = function (/** @type {ShareData['ties'][number]} */ tie) {
        return data.partners[tie.a === index ? tie.b : tie.a].name;
      };
      return b.intensity - a.intensity || collator.compare(other(a), other(b));
    });
    parts.push(element('h4', fill(texts.tiesOf, { count: ties.length })));
    if (ties.length === 0) parts.push(element('p', texts.noTies, 'share-hint'));
    else {
      const items = element('ul', undefined, 'share-ties');
      ties.forEach(function (tie) {
        const item = element('li');
        const words = [
          fill(texts.intensity, { count: tie.intensity }) +
            ': ' +
            (texts.scale[tie.intensity - 1] || ''),
        ];
        if (tie.formal) words.push(texts.formal);
        if (tie.kind) words.push(tie.kind);
        item.append(
          partnerButton(tie.a === index ? tie.b : tie.a),
          element('span', words.join(' · '), 'share-tie-words'),
        );
        items.append(item);
      });
      parts.push(items);
    }
    detailBody.replaceChildren(...parts);
  }

  /** Scrolls the table, and only the table, so that the row is in sight. */
  /** @param {HTMLElement} row */
  function rowInSight(row) {
    const top = row.offsetTop;
    const head = tbody.offsetTop;
    if (top - head < scroller.scrollTop) scroller.scrollTop = top - head;
    else if (top + row.offsetHeight > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + row.offsetHeight - scroller.clientHeight;
  }

  /**
   * @param {number} index
   * @param {'map' | 'list'} from
   */
  function select(index, from) {
    selected = index;
    show();
    showDetails(index);
    found.textContent = fill(texts.selected, { name: data.partners[index].name });
    const row = /** @type {HTMLElement | null} */ (
      tbody.querySelector('tr[data-partner="' + index + '"]')
    );
    if (row && !row.hidden) rowInSight(row);
    const at = place(index);
    if (at && !inView(at)) centreOn(at);
    // Chosen in the list below the map on a narrow screen: the details are above, bring them in.
    if (from === 'list') {
      const box = details.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) details.scrollIntoView();
    }
  }

  // ---- zoom and pan -----------------------------------------------------------------------------

  const whole = svg.viewBox.baseVal;
  const all = { x: whole.x, y: whole.y, width: whole.width, height: whole.height };
  let view = { x: all.x, y: all.y, width: all.width, height: all.height };
  const MIN_WIDTH = all.width / 40;
  const FONT_SIZE = Number(svg.getAttribute('font-size')) || 12;

  /** @param {{ x: number, y: number, width: number, height: number }} next */
  function setView(next) {
    const width = Math.min(Math.max(next.width, MIN_WIDTH), all.width * 2);
    const scale = width / next.width;
    const height = next.height * scale;
    const x = next.x + (next.width - width) / 2;
    const y = next.y + (next.height - height) / 2;
    view = { x: x, y: y, width: width, height: height };
    svg.setAttribute('viewBox', [x, y, width, height].join(' '));
    // Names grow less than the map when zooming in, so that more of them fit beside each other.
    const zoomed = all.width / width;
    svg.setAttribute(
      'font-size',
      String(zoomed > 1 ? FONT_SIZE / Math.pow(zoomed, 0.6) : FONT_SIZE),
    );
  }

  /** @param {number} factor @param {{ x: number, y: number }} [around] */
  function zoom(factor, around) {
    const centre = around || { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    const width = Math.min(Math.max(view.width / factor, MIN_WIDTH), all.width * 2);
    const ratio = width / view.width;
    setView({
      x: centre.x - (centre.x - view.x) * ratio,
      y: centre.y - (centre.y - view.y) * ratio,
      width: width,
      height: view.height * ratio,
    });
  }

  /** @param {{ x: number, y: number }} at */
  function inView(at) {
    return (
      at.x >= view.x &&
      at.x <= view.x + view.width &&
      at.y >= view.y &&
      at.y <= view.y + view.height
    );
  }

  /** @param {{ x: number, y: number }} at */
  function centreOn(at) {
    setView({
      x: at.x - view.width / 2,
      y: at.y - view.height / 2,
      width: view.width,
      height: view.height,
    });
  }

  /** Drawing units per screen pixel, as the SVG is fitted into its frame (`meet`). */
  function unitsPerPixel() {
    const box = svg.getBoundingClientRect();
    return Math.max(view.width / (box.width || 1), view.height / (box.height || 1));
  }

  /** The drawing's point under a place of the screen. */
  /** @param {number} clientX @param {number} clientY */
  function drawingPoint(clientX, clientY) {
    const box = svg.getBoundingClientRect();
    const units = unitsPerPixel();
    return {
      x: view.x + view.width / 2 + (clientX - box.left - box.width / 2) * units,
      y: view.y + view.height / 2 + (clientY - box.top - box.height / 2) * units,
    };
  }

  /** @param {number} dx @param {number} dy in pixels */
  function pan(dx, dy) {
    const units = unitsPerPixel();
    setView({
      x: view.x - dx * units,
      y: view.y - dy * units,
      width: view.width,
      height: view.height,
    });
  }

  find('.share-zoom').addEventListener('click', function (event) {
    const button = /** @type {Element} */ (event.target).closest('button');
    const what = button && button.getAttribute('data-zoom');
    if (what === 'in') zoom(1.5);
    else if (what === 'out') zoom(1 / 1.5);
    else if (what === 'all') setView(all);
  });

  frame.addEventListener(
    'wheel',
    function (event) {
      event.preventDefault();
      zoom(event.deltaY < 0 ? 1.25 : 1 / 1.25, drawingPoint(event.clientX, event.clientY));
    },
    { passive: false },
  );

  frame.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = 0.15;
    const box = svg.getBoundingClientRect();
    /** @type {Record<string, () => void>} */
    const keys = {
      ArrowLeft: function () {
        pan(box.width * step, 0);
      },
      ArrowRight: function () {
        pan(-box.width * step, 0);
      },
      ArrowUp: function () {
        pan(0, box.height * step);
      },
      ArrowDown: function () {
        pan(0, -box.height * step);
      },
      '+': function () {
        zoom(1.5);
      },
      '-': function () {
        zoom(1 / 1.5);
      },
      0: function () {
        setView(all);
      },
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  });

  /** @type {{ id: number, x: number, y: number, moved: boolean } | null} */
  let drag = null;
  let dragged = false;
  frame.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return;
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    dragged = false;
  });
  frame.addEventListener('pointermove', function (event) {
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) frame.setPointerCapture(event.pointerId);
    drag.moved = true;
    pan(dx, dy);
    drag.x = event.clientX;
    drag.y = event.clientY;
  });
  /** @param {PointerEvent} event */
  function endDrag(event) {
    if (!drag || drag.id !== event.pointerId) return;
    dragged = drag.moved;
    drag = null;
  }
  frame.addEventListener('pointerup', endDrag);
  frame.addEventListener('pointercancel', endDrag);

  svg.addEventListener('click', function (event) {
    if (dragged) {
      dragged = false;
      return;
    }
    const dot = /** @type {Element} */ (event.target).closest('[data-partner]');
    if (dot) select(Number(dot.getAttribute('data-partner')), 'map');
  });

  // ---- the list and the details: choose a partner, sort -----------------------------------------

  document.addEventListener('click', function (event) {
    const button = /** @type {Element} */ (event.target).closest('button[data-partner]');
    if (button) select(Number(button.getAttribute('data-partner')), 'list');
  });

  /** @type {Record<string, (a: number, b: number) => number>} */
  const orders = {
    name: function (a, b) {
      return collator.compare(data.partners[a].name, data.partners[b].name);
    },
    sector: function (a, b) {
      return data.partners[a].sector - data.partners[b].sector;
    },
    type: function (a, b) {
      return collator.compare(data.partners[a].type, data.partners[b].type);
    },
    ties: function (a, b) {
      return data.partners[a].ties - data.partners[b].ties;
    },
  };
  const head = find('#share-table thead');
  head.addEventListener('click', function (event) {
    const button = /** @type {Element} */ (event.target).closest('button[data-sort]');
    if (!button) return;
    const key = button.getAttribute('data-sort') || 'name';
    const cell = /** @type {Element} */ (button.parentElement);
    const descending = cell.getAttribute('aria-sort') === 'ascending';
    head.querySelectorAll('th').forEach(function (th) {
      th.removeAttribute('aria-sort');
    });
    cell.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    const order = orders[key] || orders.name;
    const rows = Array.prototype.slice.call(tbody.rows);
    rows
      .map(function (/** @type {HTMLTableRowElement} */ row) {
        return Number(row.getAttribute('data-partner'));
      })
      .sort(function (a, b) {
        const by = order(a, b) || orders.name(a, b) || a - b;
        return descending ? -by : by;
      })
      .forEach(function (index) {
        const row = tbody.querySelector('tr[data-partner="' + index + '"]');
        if (row) tbody.append(row);
      });
  });

  // ---- search and sector filter -----------------------------------------------------------------

  /** The rows the search finds, in the table's order. */
  function foundInOrder() {
    const matched = new Set(matches || []);
    return Array.prototype.slice
      .call(tbody.rows)
      .map(function (/** @type {HTMLTableRowElement} */ row) {
        return Number(row.getAttribute('data-partner'));
      })
      .filter(function (/** @type {number} */ index) {
        return matched.has(index) && inShownSector(index);
      });
  }

  search.addEventListener('input', function () {
    const query = fold(search.value.trim());
    matches =
      query === ''
        ? null
        : folded.reduce(function (/** @type {number[]} */ hits, name, index) {
            if (name.indexOf(query) >= 0) hits.push(index);
            return hits;
          }, []);
    show();
    if (matches === null) {
      found.textContent = '';
      return;
    }
    const shown = foundInOrder();
    found.textContent =
      shown.length === 0
        ? texts.foundNone
        : shown.length === 1
          ? texts.foundOne
          : fill(texts.foundMany, { count: shown.length });
    if (shown.length === 1) select(shown[0], 'map');
  });
  search.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = foundInOrder()[0];
    if (first !== undefined) select(first, 'map');
  });

  find('.share-sectors').addEventListener('change', function (event) {
    const box = /** @type {HTMLInputElement} */ (event.target);
    const sector = Number(box.getAttribute('data-sector'));
    if (box.checked) hiddenSectors.delete(sector);
    else hiddenSectors.add(sector);
    show();
  });

  document.documentElement.classList.add('share-ready');
})();
