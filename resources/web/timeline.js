// Anchorline web page (issue 19): draws the embedded timeline data on a canvas, shows event
// cards, search and tours. Plain JavaScript, no framework, no network. Data text is only ever
// set through textContent or drawn on the canvas: never parsed as markup.
'use strict';
(() => {
  const t0 = performance.now();
  const D = JSON.parse(document.getElementById('anchorline-data').textContent);
  const U = D.ui;
  const P = D.palette;
  const events = D.events;
  const byId = id => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  // Links from the data open only http(s); anything else (javascript:, data:, file:) is text.
  const safeUrl = u => {
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (e) {
      return null;
    }
  };

  // A link opening in a new tab where `url` is http(s), else the text alone.
  const linkOrText = (url, text) => {
    const safe = url && safeUrl(url);
    if (!safe) return document.createTextNode(text);
    const a = el('a', null, text);
    a.href = safe;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  };

  // Days to civil dates (proleptic Gregorian, as PartialDate): Howard Hinnant's algorithm.
  const civil = day => {
    const z = day - D.epoch + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) -
                            Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
  };
  const fromCivil = (y, m, d) => {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468 + D.epoch;
  };

  // ---- state ---------------------------------------------------------------------------------
  const home = D.window.slice();
  let view = D.window.slice(); // [start, end) in days
  let current = -1;            // event shown on the card
  let matches = null;          // null: no search; else Uint8Array per event
  let tour = -1, step = -1;
  const order = events.map((e, i) => i).sort((a, b) => events[a].start - events[b].start ||
                                                        events[a].end - events[b].end || a - b);
  const laneEvents = D.lanes.map(() => []);
  for (const i of order) laneEvents[events[i].lane].push(i);
  // The searchable text of each event, made on the first search (not before the first paint).
  let textOf = null;
  const searchText = () => textOf || (textOf = events.map(e => [e.id, e.title, e.short || '',
    e.summary || '', e.date, e.actors.join(' '), e.themes.join(' '),
    e.evidence.map(q => q.quote + ' ' + q.cite).join(' ')].join(' ').toLowerCase()));

  // ---- page frame ----------------------------------------------------------------------------
  // A dark theme's colours for the bars, card and controls too (timeline.css, --theme-*).
  const luminance = hex => {
    const [r, g, b] = [1, 3, 5].map(k => parseInt(hex.slice(k, k + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  if (luminance(P.background) < 0.5) {
    const root = document.documentElement.style;
    for (const [name, value] of [['bg', P.background], ['bar', P.gutter], ['text', P.text],
                                 ['muted', P.mutedText], ['line', P.grid],
                                 ['hover', P.laneAlternate], ['link', P.selection],
                                 ['note', P.axisBackground], ['note-line', P.grid]])
      root.setProperty('--theme-' + name, value);
    root.setProperty('color-scheme', 'dark');
  }
  document.title = D.title;
  byId('title').textContent = D.title;
  const search = byId('search');
  search.placeholder = U.search;
  search.setAttribute('aria-label', U.search);
  const tourSelect = byId('tours');
  tourSelect.setAttribute('aria-label', U.tour);
  tourSelect.append(new Option(U.noTour, '-1'));
  D.tours.forEach((t, i) => tourSelect.append(new Option(U.tour + ': ' + t.title, String(i))));
  tourSelect.hidden = D.tours.length === 0;
  for (const [id, word] of [['prev', 'previous'], ['next', 'next'], ['zoomin', 'zoomIn'],
                            ['zoomout', 'zoomOut'], ['reset', 'reset']]) {
    byId(id).title = U[word];
    byId(id).setAttribute('aria-label', U[word]);
  }
  byId('help').textContent = U.help;
  const stage = byId('stage');
  const canvas = byId('canvas');
  const ctx = canvas.getContext('2d');
  const font = '12px "Noto Sans", "Noto Sans CJK JP", "DejaVu Sans", sans-serif';
  const small = '11px "Noto Sans", "Noto Sans CJK JP", "DejaVu Sans", sans-serif';
  const Gutter = () => Math.min(150, Math.max(70, canvas.clientWidth * 0.16));
  const AxisH = 24, RowH = 18, R = 4, LanePad = 3, BadgeH = 15;
  const eraGroups = [...new Set(D.eras.filter(e => e.lane < 0).map(e => e.group))];
  const EraH = 16;

  // ---- drawing -------------------------------------------------------------------------------
  const labelWidth = new Float32Array(events.length).fill(-1);
  let hits = []; // [x0, y0, x1, y1, event or {zoomTo}] of drawn markers, labels and badges
  let lastLayout = null; // what draw() laid out last, for tests
  let W = 0, H = 0;
  const alpha = (hex, a) => hex + Math.round(a * 255).toString(16).padStart(2, '0');

  function resize() {
    const dpr = window.devicePixelRatio || 1;
    W = stage.clientWidth;
    H = stage.clientHeight;
    canvas.width = Math.max(1, Math.round(W * dpr));
    canvas.height = Math.max(1, Math.round(H * dpr));
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    draw();
  }

  function ticks(x) {
    const span = view[1] - view[0];
    const plotW = W - Gutter();
    const years = span / 365.2425;
    const out = [];
    if (years * 80 > plotW * 1.0 || years > 3) {
      const steps = [];
      for (let k = 1; k <= 1e10; k *= 10) steps.push(k, 2 * k, 5 * k);
      const stepY = steps.find(c => c * 365.2425 / span * plotW >= 70) || 1e11;
      let y = Math.ceil(civil(view[0])[0] / stepY) * stepY;
      for (let n = 0; n < 60; ++n, y += stepY) {
        const d = y > 1e6 || y < -1e6 ? D.epoch + (y - 1970) * 365.2425 : fromCivil(y, 1, 1);
        if (d > view[1]) break;
        out.push([x(d), String(y)]);
      }
    } else if (span > 60) {
      const stepM = span / 30.4 * 60 > plotW ? 3 : 1;
      let [y, m] = civil(view[0]);
      for (let n = 0; n < 80; ++n) {
        m += 1;
        if (m > 12) { m = 1; y += 1; }
        if ((m - 1) % stepM) continue;
        const d = fromCivil(y, m, 1);
        if (d > view[1]) break;
        out.push([x(d), y + '-' + String(m).padStart(2, '0')]);
      }
    } else {
      const stepD = Math.max(1, Math.ceil(span * 80 / plotW));
      for (let d = Math.ceil(view[0]); d <= view[1]; d += stepD) {
        const [y, m, dd] = civil(d);
        out.push([x(d), y + '-' + String(m).padStart(2, '0') + '-' + String(dd).padStart(2, '0')]);
      }
    }
    return out;
  }

  function marker(g, e, x0, x1, y, color, faint) {
    g.globalAlpha = faint ? 0.18 : 1;
    const xm = Math.max(x0, Math.min(x1, (x0 + x1) / 2));
    g.setLineDash(e.style === 'uncertain' ? [3, 3] : []);
    if (e.range && x1 - x0 > 2 * R) {
      g.fillStyle = alpha(color, 0.28);
      g.strokeStyle = color;
      g.lineWidth = 1.2;
      g.beginPath();
      g.roundRect(x0, y - 6, x1 - x0, 12, 3);
      g.fill();
      g.stroke();
    } else if (e.style !== 'day' && x1 - x0 > 2 * R) {
      g.strokeStyle = color;
      g.lineWidth = 1.5;
      g.beginPath();
      g.moveTo(x0, y); g.lineTo(x1, y);
      g.moveTo(x0, y - 4); g.lineTo(x0, y + 4);
      g.moveTo(x1, y - 4); g.lineTo(x1, y + 4);
      g.stroke();
    }
    if (!e.range || x1 - x0 <= 2 * R) {
      g.beginPath();
      g.arc(xm, y, R, 0, 2 * Math.PI);
      if (e.style === 'day') {
        g.fillStyle = color;
        g.fill();
      } else {
        g.fillStyle = P.background;
        g.fill();
        g.lineWidth = 2;
        g.strokeStyle = color;
        g.stroke();
      }
    }
    g.setLineDash([]);
    if (e.open) {
      g.fillStyle = color;
      g.beginPath();
      g.moveTo(x1 + 7, y); g.lineTo(x1, y - 4); g.lineTo(x1, y + 4);
      g.fill();
    }
    if (e.claims) {
      g.fillStyle = P.claim;
      g.beginPath();
      g.moveTo(xm + 7, y - 8); g.lineTo(xm + 11, y - 4); g.lineTo(xm + 7, y);
      g.lineTo(xm + 3, y - 4);
      g.fill();
    }
    g.globalAlpha = 1;
  }

  const label = e => e.short || e.title;
  const widthOf = i => {
    if (labelWidth[i] < 0) labelWidth[i] = ctx.measureText(label(events[i])).width;
    return labelWidth[i];
  };

  // Rows for one lane's events in view, as the app lays them out: the event on the card first,
  // then the key events (strategy documents, tour steps, "priority": "high"), then the others,
  // then the low ones, each group in time order; an event takes the first row free where its
  // marker and label lie. `rows` limits the rows; past it an event is hidden (the caller's
  // "+N"). Returns {placed, hidden, used, keyRows} (keyRows: the rows the first two groups took).
  function packLane(li, x, rows) {
    const gutter = Gutter();
    const rowSpans = []; // per row: [from, to] pairs sorted by from, never overlapping
    const free = (spans, from, to) => {
      let lo = 0, hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid][0] <= from) lo = mid + 1; else hi = mid;
      }
      return (lo === 0 || spans[lo - 1][1] < from) && (lo === spans.length || spans[lo][0] > to)
          ? lo : -1;
    };
    const shown = [];
    for (const i of laneEvents[li]) {
      const e = events[i];
      if (e.start > view[1]) break;
      const endDay = e.open ? Math.max(e.end, D.today + 1) : e.end;
      if (endDay >= view[0]) shown.push([i, endDay]);
    }
    const level = i => (i === current ? 3 : (events[i].rank || 0) + 1);
    const placed = [], hidden = [];
    let keyRows = 0;
    for (let pass = 3; pass >= 0; --pass) {
      if (pass === 1) keyRows = rowSpans.length;
      for (const [i, endDay] of shown) {
        if (level(i) !== pass) continue;
        const e = events[i];
        const x0 = x(e.start), x1 = Math.max(x0, x(endDay));
        const faint = matches !== null && !matches[i];
        const labelled = !faint;
        const xm = Math.max(x0, Math.min(x1, (x0 + x1) / 2));
        const anchor = e.range ? x0 : xm;
        const w = labelled ? widthOf(i) : 0;
        // The label goes right of the marker, or left of it where the right edge would cut it.
        // Where neither side has room (a narrow screen), it is shortened with an ellipsis on the
        // roomier side; the card has it whole.
        let lx = anchor + R + 4, from = x0 - R, text = null, tw = w;
        if (labelled && lx + w > W - 4) {
          const right = W - 4 - lx, left = x0 - R - 4 - (gutter + 2);
          if (left >= w) {
            lx = x0 - R - 4 - w;
            from = lx - 2;
          } else if (left > right && left >= 40) {
            text = elide(label(e), left);
            tw = ctx.measureText(text).width;
            lx = x0 - R - 4 - tw;
            from = lx - 2;
          } else if (right >= 20) {
            text = elide(label(e), right);
            tw = ctx.measureText(text).width;
          }
        }
        const to = (labelled ? Math.max(x1 + R, lx + tw) : x1 + R) + 6;
        let row = -1, at = -1;
        for (let r = 0; r < rowSpans.length && row < 0; ++r)
          if ((at = free(rowSpans[r], from, to)) >= 0) row = r;
        if (row < 0 && rowSpans.length < rows) {
          row = rowSpans.push([]) - 1;
          at = 0;
        }
        if (row < 0) { hidden.push([i, x0]); continue; }
        rowSpans[row].splice(at, 0, [from, to]);
        placed.push({i, row, x0, x1, lx, faint, labelled, text, tw});
      }
    }
    hidden.sort((p, q) => p[1] - q[1]);
    return {placed, hidden, used: rowSpans.length, keyRows};
  }

  // Lane heights by demand: every lane gets the rows its key events need (at least one), then
  // the rows left are shared out so that no lane gets more than it needs while another still
  // lacks some. A lane that cannot show everything keeps a strip for its "+N" badges.
  function layoutLanes(x, height) {
    ctx.font = font;
    const n = D.lanes.length;
    const most = Math.max(1, Math.floor(height / RowH));
    const packs = D.lanes.map((lane, li) => packLane(li, x, most));
    const need = packs.map(p => Math.max(1, p.used));
    const perLane = 2 * LanePad;
    let left = Math.max(n, Math.floor((height - n * perLane) / RowH));
    const rows = packs.map(p => Math.max(1, p.keyRows));
    const keyTotal = rows.reduce((a, r) => a + r, 0);
    if (keyTotal > left) rows.fill(1);
    left -= rows.reduce((a, r) => a + r, 0);
    for (let pass = 0; pass < 60 && left > 0; ++pass) {
      const wanting = rows.map((r, li) => r < need[li] ? li : -1).filter(li => li >= 0);
      if (!wanting.length) break;
      const share = Math.max(1, Math.floor(left / wanting.length));
      for (const li of wanting) {
        const add = Math.min(share, need[li] - rows[li], left);
        rows[li] += add;
        left -= add;
        if (!left) break;
      }
    }
    const out = [];
    let y = 0;
    D.lanes.forEach((lane, li) => {
      let r = rows[li];
      let packed = packLane(li, x, r);
      // Not everything fits: give up a row for the badges when there is more than one and the
      // key events keep theirs.
      if (packed.hidden.length && r > 1 && r > packed.keyRows) packed = packLane(li, x, --r);
      const badges = [];
      for (const [i, x0] of packed.hidden) {
        const b = badges[badges.length - 1];
        const e = events[i];
        if (b && x0 - b.x < 34) {
          b.count += 1;
          b.last = Math.max(b.last, e.end);
        } else {
          badges.push({x: x0, count: 1, first: e.start, last: e.end});
        }
      }
      const h = rows[li] * RowH + perLane + (badges.length && r === rows[li] ? BadgeH : 0);
      out.push({y, h, rows: r, placed: packed.placed, hidden: packed.hidden, badges});
      y += h;
    });
    // Spare height goes to the lanes evenly, so that they fill the stage.
    const spare = height - y;
    if (spare > 0) {
      const each = spare / n;
      out.forEach((L, li) => { L.y += li * each; L.h += each; });
    }
    return out;
  }

  function fitLines(text, width, lines) {
    if (ctx.measureText(text).width <= width) return [text];
    const out = [];
    let rest = text;
    while (out.length < lines - 1) {
      const cut = rest.lastIndexOf(' ', fitChars(rest, width));
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(elide(rest, width));
    return out;
  }
  function elide(text, width) {
    if (ctx.measureText(text).width <= width) return text;
    return text.slice(0, fitChars(text, width - ctx.measureText('…').width)).trimEnd() + '…';
  }
  function fitChars(text, width) {
    let lo = 0, hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(text.slice(0, mid)).width <= width) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function draw() {
    if (!W || !H) return;
    const g = Gutter();
    const span = view[1] - view[0];
    const x = d => g + (d - view[0]) / span * (W - g);
    ctx.fillStyle = P.background;
    ctx.fillRect(0, 0, W, H);
    hits = [];
    const top = AxisH + eraGroups.length * EraH;
    const lanes = layoutLanes(x, H - top);
    lastLayout = {lanes, width: W, gutter: g, view: view.slice()};
    // Lanes and their headers.
    ctx.font = font;
    ctx.textBaseline = 'middle';
    D.lanes.forEach((lane, li) => {
      ctx.fillStyle = li % 2 ? P.laneAlternate : P.background;
      ctx.fillRect(0, top + lanes[li].y, W, lanes[li].h);
    });
    // Grid and axis.
    ctx.fillStyle = P.axisBackground;
    ctx.fillRect(0, 0, W, AxisH);
    ctx.font = small;
    ctx.strokeStyle = P.grid;
    ctx.lineWidth = 1;
    for (const [tx, label] of ticks(x)) {
      if (tx < g) continue;
      ctx.beginPath();
      ctx.moveTo(Math.round(tx) + 0.5, AxisH);
      ctx.lineTo(Math.round(tx) + 0.5, H);
      ctx.stroke();
      ctx.fillStyle = P.text;
      ctx.fillText(label, tx + 3, AxisH / 2);
    }
    // Eras: bands under the axis (one per group) or tints in their lane.
    for (const era of D.eras) {
      const end = era.open ? Math.max(era.end, D.today + 1) : era.end;
      const l = Math.max(x(era.start), g), r = Math.min(x(end), W);
      if (r <= l) continue;
      if (era.lane < 0) {
        const y = AxisH + eraGroups.indexOf(era.group) * EraH;
        ctx.fillStyle = alpha(era.color, 0.32);
        ctx.fillRect(l, y, r - l, EraH - 1);
        ctx.fillStyle = era.color;
        ctx.fillRect(l, y, 1, EraH - 1);
        if (r - l > 14) {
          ctx.save();
          ctx.beginPath();
          ctx.rect(l, y, r - l, EraH);
          ctx.clip();
          ctx.fillStyle = P.text;
          ctx.fillText(era.name, l + 4, y + EraH / 2);
          ctx.restore();
        }
      } else {
        ctx.fillStyle = alpha(era.color, 0.10);
        ctx.fillRect(l, top + lanes[era.lane].y, r - l, lanes[era.lane].h);
      }
    }
    // Events, lane by lane, in the rows the layout gave them; what found no row is counted in
    // a "+N" badge at its place (click: zoom to those events), never drawn over a label.
    ctx.font = font;
    D.lanes.forEach((lane, li) => {
      const L = lanes[li];
      const y0 = top + L.y + LanePad;
      for (const p of L.placed) {
        const i = p.i, e = events[i];
        const y = y0 + p.row * RowH + RowH / 2;
        marker(ctx, e, p.x0, p.x1, y, lane.color, p.faint);
        hits.push([p.x0 - R - 2, y - RowH / 2, p.x1 + R + 2, y + RowH / 2, i]);
        if (p.labelled) {
          ctx.fillStyle = P.text;
          ctx.fillText(p.text || label(e), p.lx, y);
          hits.push([p.lx, y - RowH / 2, p.lx + p.tw, y + RowH / 2, i]);
        }
        if (i === current) {
          ctx.strokeStyle = P.selection;
          ctx.lineWidth = 2;
          ctx.strokeRect(p.x0 - R - 3, y - R - 3, p.x1 - p.x0 + 2 * R + 6, 2 * R + 6);
        }
      }
      ctx.font = small;
      for (const b of L.badges) {
        const text = '+' + b.count;
        const w = ctx.measureText(text).width + 10;
        const bx = Math.min(Math.max(b.x - w / 2, g + 2), W - w - 2);
        const by = y0 + L.rows * RowH + 1;
        ctx.fillStyle = P.badge;
        ctx.beginPath();
        ctx.roundRect(bx, by, w, BadgeH - 2, (BadgeH - 2) / 2);
        ctx.fill();
        ctx.fillStyle = P.badgeText;
        ctx.fillText(text, bx + 5, by + (BadgeH - 2) / 2);
        hits.push([bx, by, bx + w, by + BadgeH, {zoomTo: [b.first, b.last]}]);
      }
      ctx.font = font;
    });
    // Today.
    const tx = x(D.today);
    if (tx >= g && tx <= W) {
      ctx.strokeStyle = P.today;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(tx, AxisH);
      ctx.lineTo(tx, H);
      ctx.stroke();
    }
    // Lane headers last, over anything that ran left.
    ctx.fillStyle = P.gutter;
    ctx.fillRect(0, top, g, H - top);
    ctx.fillRect(0, 0, g, top);
    D.lanes.forEach((lane, li) => {
      const y0 = top + lanes[li].y, laneH = lanes[li].h;
      ctx.fillStyle = lane.color;
      ctx.fillRect(0, y0 + 2, 4, laneH - 4);
      ctx.fillStyle = P.text;
      ctx.font = font;
      // A name wider than the gutter is drawn on two lines where the lane is tall enough
      const words = fitLines(lane.name, g - 16, laneH >= 2 * RowH ? 2 : 1);
      words.forEach((line, k) => ctx.fillText(line, 10, y0 + LanePad + RowH / 2 + k * 15));
    });
    eraGroups.forEach((group, k) => {
      ctx.fillStyle = P.mutedText;
      ctx.font = small;
      ctx.fillText(group, 10, AxisH + k * EraH + EraH / 2, g - 14);
    });
  }

  let pending = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; draw(); });
  };

  // ---- zoom and pan --------------------------------------------------------------------------
  const dayAt = px => view[0] + (px - Gutter()) / (W - Gutter()) * (view[1] - view[0]);
  function zoom(factor, px) {
    const at = px == null ? (view[0] + view[1]) / 2 : dayAt(px);
    const span = Math.min(Math.max((view[1] - view[0]) * factor, 2), 4e12);
    const f = (at - view[0]) / (view[1] - view[0]);
    view = [at - f * span, at + (1 - f) * span];
    redraw();
  }
  function pan(fraction) {
    const d = (view[1] - view[0]) * fraction;
    view = [view[0] + d, view[1] + d];
    redraw();
  }
  stage.addEventListener('wheel', ev => {
    ev.preventDefault();
    const rect = canvas.getBoundingClientRect();
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY))
      pan((ev.deltaX || ev.deltaY) / W);
    else
      zoom(Math.exp(ev.deltaY * 0.0015), ev.clientX - rect.left);
  }, {passive: false});
  const pointers = new Map();
  let dragFrom = null, moved = false, pinch = null;
  stage.addEventListener('pointerdown', ev => {
    stage.setPointerCapture(ev.pointerId);
    pointers.set(ev.pointerId, ev.clientX);
    moved = false;
    dragFrom = [ev.clientX, view.slice()];
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = [Math.abs(a - b) || 1, view.slice(), (a + b) / 2];
    }
  });
  stage.addEventListener('pointermove', ev => {
    if (!pointers.has(ev.pointerId)) return;
    pointers.set(ev.pointerId, ev.clientX);
    const rect = canvas.getBoundingClientRect();
    if (pinch && pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      view = pinch[1].slice();
      zoom(pinch[0] / (Math.abs(a - b) || 1), pinch[2] - rect.left);
      moved = true;
      return;
    }
    const dx = ev.clientX - dragFrom[0];
    if (Math.abs(dx) > 3) moved = true;
    const days = dx / (W - Gutter()) * (dragFrom[1][1] - dragFrom[1][0]);
    view = [dragFrom[1][0] - days, dragFrom[1][1] - days];
    redraw();
  });
  const release = ev => {
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 1) dragFrom = [[...pointers.values()][0], view.slice()];
  };
  stage.addEventListener('pointerup', ev => {
    release(ev);
    if (moved) return;
    const rect = canvas.getBoundingClientRect();
    const px = ev.clientX - rect.left, py = ev.clientY - rect.top;
    for (let k = hits.length - 1; k >= 0; --k) {
      const h = hits[k];
      if (px >= h[0] && px <= h[2] && py >= h[1] && py <= h[3]) {
        if (typeof h[4] === 'number') {
          show(h[4]);
        } else {
          // A "+N" badge: zoom to the events it stands for, with a margin either side.
          const [a, b] = h[4].zoomTo;
          const pad = Math.max(15, (b - a) * 0.6);
          view = [a - pad, b + pad];
          redraw();
        }
        return;
      }
    }
  });
  stage.addEventListener('pointercancel', release);
  byId('zoomin').onclick = () => zoom(1 / 1.6);
  byId('zoomout').onclick = () => zoom(1.6);
  byId('reset').onclick = () => { view = home.slice(); redraw(); };

  // ---- event cards ---------------------------------------------------------------------------
  const card = byId('card');
  function quote(q) {
    const b = el('blockquote');
    b.append(el('q', null, q.quote));
    const c = el('cite');
    c.append(linkOrText(q.url, q.cite));
    b.append(c);
    return b;
  }
  function fillCard(box, i, interactive) {
    const e = events[i];
    const lane = D.lanes[e.lane];
    const h = el('h2');
    const sw = el('span', 'swatch');
    sw.style.background = lane.color;
    h.append(sw, document.createTextNode(e.title));
    box.append(h, el('div', 'date', e.date + ' \u00b7 ' + lane.name));
    if (e.summary) box.append(el('p', 'summary', e.summary));
    const list = (heading, items) => {
      if (!items.length) return;
      box.append(el('h3', null, heading));
      box.append(el('p', null, items.join(', ')));
    };
    list(U.actors, e.actors);
    list(U.themes, e.themes);
    box.append(el('h3', null, U.evidence));
    if (e.evidence.length) e.evidence.forEach(q => box.append(quote(q)));
    else box.append(el('p', 'none', U.noEvidence));
    if (e.claims) {
      box.append(el('h3', null, U.claims));
      for (const c of e.claims) {
        box.append(el('p', 'claim', [c.date, c.cite, c.note].filter(Boolean).join(' \u00b7 ')));
        c.evidence.forEach(q => box.append(quote(q)));
      }
    }
    if (e.links.length) {
      box.append(el('h3', null, U.links));
      const ul = el('ul');
      for (const l of e.links) {
        const li = el('li', null, l.label + ': ');
        if (interactive) {
          const b = el('button', 'link', events[l.to].title);
          b.type = 'button';
          b.dataset.event = String(l.to);
          b.onclick = () => show(l.to, true);
          li.append(b);
        } else {
          li.append(document.createTextNode(events[l.to].title));
        }
        if (l.evidence) l.evidence.forEach(q => li.append(quote(q)));
        ul.append(li);
      }
      box.append(ul);
    }
    if (e.media) {
      box.append(el('h3', null, U.media));
      const ul = el('ul');
      for (const m of e.media) {
        const li = el('li');
        li.append(linkOrText(m.url, m.label));
        ul.append(li);
      }
      box.append(ul);
    }
    if (e.note) {
      box.append(el('h3', null, U.note));
      box.append(el('p', null, e.note));
    }
  }
  function show(i, reveal) {
    current = i;
    card.replaceChildren();
    const close = el('button', 'close', '\u00d7');
    close.type = 'button';
    close.title = U.close;
    close.setAttribute('aria-label', U.close);
    close.onclick = () => { card.hidden = true; current = -1; resize(); };
    card.append(close);
    fillCard(card, i, true);
    card.dataset.event = events[i].id;
    const wasHidden = card.hidden;
    card.hidden = false;
    if (reveal) {
      const e = events[i];
      const span = view[1] - view[0];
      if (e.start < view[0] || e.start > view[1]) view = [e.start - span / 2, e.start + span / 2];
    }
    if (wasHidden) resize(); else redraw();
  }

  // ---- search --------------------------------------------------------------------------------
  const count = byId('count');
  const results = byId('results');
  function runSearch() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.replaceChildren();
    if (!words.length) {
      matches = null;
      count.textContent = '';
      results.hidden = true;
      redraw();
      return;
    }
    matches = new Uint8Array(events.length);
    const textOf = searchText();
    let n = 0;
    for (const i of order) {
      if (words.every(w => textOf[i].includes(w))) {
        matches[i] = 1;
        if (++n <= 50) {
          const li = el('li', null, events[i].date + ' \u2014 ' + events[i].title);
          li.tabIndex = 0;
          li.dataset.event = events[i].id;
          li.onclick = () => { results.hidden = true; show(i, true); };
          li.onkeydown = ev => { if (ev.key === 'Enter') li.onclick(); };
          results.append(li);
        }
      }
    }
    count.textContent = U.matches.replace('%1', n).replace('%2', events.length);
    results.hidden = n === 0;
    redraw();
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('keydown', ev => {
    if (ev.key === 'Escape') { search.value = ''; runSearch(); stage.focus(); }
    if (ev.key === 'Enter' && results.firstChild) results.firstChild.onclick();
  });

  // ---- tours ---------------------------------------------------------------------------------
  const note = byId('stepnote');
  const stepOf = byId('stepof');
  function goTo(k) {
    if (tour < 0) return;
    const steps = D.tours[tour].steps;
    step = Math.max(0, Math.min(steps.length - 1, k));
    const s = steps[step];
    const e = events[s.event];
    if (s.window) view = s.window.slice();
    else if (e.start < view[0] || e.end > view[1]) {
      const span = view[1] - view[0];
      view = [e.start - span / 2, e.start + span / 2];
    }
    stepOf.textContent = U.step.replace('%1', step + 1).replace('%2', steps.length);
    note.textContent = s.note || '';
    note.hidden = !s.note;
    show(s.event);
    resize();
  }
  function startTour(k) {
    tour = k;
    tourSelect.value = String(k);
    byId('prev').hidden = byId('next').hidden = stepOf.hidden = k < 0;
    if (k < 0) {
      note.hidden = true;
      step = -1;
      resize();
      return;
    }
    goTo(0);
  }
  tourSelect.onchange = () => startTour(Number(tourSelect.value));
  byId('prev').onclick = () => goTo(step - 1);
  byId('next').onclick = () => goTo(step + 1);
  document.addEventListener('keydown', ev => {
    if (ev.target === search || ev.target === tourSelect || ev.altKey || ev.ctrlKey || ev.metaKey)
      return;
    const k = ev.key;
    if (tour >= 0 && (k === 'ArrowRight' || k === ' ' || k === 'PageDown')) goTo(step + 1);
    else if (tour >= 0 && (k === 'ArrowLeft' || k === 'PageUp')) goTo(step - 1);
    else if (k === 'Escape' && tour >= 0) startTour(-1);
    else if (k === 'ArrowRight') pan(0.1);
    else if (k === 'ArrowLeft') pan(-0.1);
    else if (k === '+' || k === '=' || k === 'ArrowUp') zoom(1 / 1.25);
    else if (k === '-' || k === 'ArrowDown') zoom(1.25);
    else if (k === '0' || k === 'Home') { view = home.slice(); redraw(); }
    else return;
    ev.preventDefault();
  });

  // ---- legend and print ----------------------------------------------------------------------
  const legend = byId('legend');
  legend.hidden = D.legend.length === 0;
  for (const item of D.legend) {
    const span = el('span');
    span.dataset.kind = item.kind;
    const c = el('canvas');
    c.width = 52; c.height = 28;
    const g = c.getContext('2d');
    g.scale(2, 2);
    const color = P.mutedText;
    drawSample(g, item.kind, color);
    span.append(c, document.createTextNode(item.label));
    legend.append(span);
  }
  function drawSample(g, kind, color) {
    g.strokeStyle = color;
    g.fillStyle = color;
    g.lineWidth = 1.5;
    const y = 7;
    if (kind === 'today') {
      g.strokeStyle = P.today;
      g.beginPath(); g.moveTo(13, 0); g.lineTo(13, 14); g.stroke();
      return;
    }
    if (kind === 'claim') {
      g.fillStyle = P.claim;
      g.beginPath(); g.moveTo(13, 3); g.lineTo(17, 7); g.lineTo(13, 11); g.lineTo(9, 7); g.fill();
      return;
    }
    const e = {style: kind === 'uncertain' ? 'uncertain' : kind === 'day' ? 'day' : 'coarse',
               range: kind === 'range', open: kind === 'open'};
    marker(g, e, kind === 'day' ? 13 : 2, kind === 'day' ? 13 : kind === 'open' ? 17 : 24, y,
           color, false);
  }

  window.addEventListener('beforeprint', () => {
    const list = byId('printlist');
    if (list.childElementCount) return;
    for (const i of order) {
      const a = el('article');
      fillCard(a, i, false);
      list.append(a);
    }
  });

  // ---- start ---------------------------------------------------------------------------------
  byId('prev').hidden = byId('next').hidden = true;
  new ResizeObserver(resize).observe(stage);
  resize();
  // A link to one card: page.html#event=ID opens it.
  const wanted = /^#event=(.+)$/.exec(location.hash);
  if (wanted) {
    const i = events.findIndex(e => e.id === decodeURIComponent(wanted[1]));
    if (i >= 0) show(i, true);
  }
  document.documentElement.dataset.firstPaint = String(Math.round(performance.now() - t0));
  document.documentElement.dataset.ready = '1';
  // For tests and the curious: what is drawn, without reaching into the closure.
  window.anchorline = {
    events: () => events.length,
    view: () => view.slice(),
    current: () => (current >= 0 ? events[current].id : null),
    tour: () => [tour, step],
    show: id => show(events.findIndex(e => e.id === id), true),
    setView: (from, to) => { view = [from, to]; draw(); },
    // Per lane: labels placed (id, row, left, width), events hidden in badges, badge counts.
    layout: () => lastLayout.lanes.map(L => ({
      placed: L.placed.map(p => ({id: events[p.i].id, rank: events[p.i].rank || 0, row: p.row,
                                  labelled: p.labelled, left: p.lx, width: p.tw})),
      hidden: L.hidden.map(([i]) => events[i].id),
      badges: L.badges.map(b => b.count),
    })),
    frame: () => ({width: lastLayout.width, gutter: lastLayout.gutter}),
    startTour,
  };
})();
