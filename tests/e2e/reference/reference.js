// The reference scene: both networks of netmodels' default page drawn with plain DOM calls,
// as a floor for what a framework costs. The same layout (400 × 300 units), the same
// request rate with the same jitter, the same hop time, and the same hooks
// (data-model, data-node, data-role, data-state, data-packet, data-kind, data-metric), so
// the performance report clicks both with one script. A click switches a node off or on;
// packets on their way to or from a node that is off are lost (a cross, shown 0.8 s).
// Query: servers=, clients=, peers=, rate= as on the page.
"use strict";
(() => {
  const q = new URLSearchParams(location.search);
  const num = (name, fallback) => (q.has(name) ? Number(q.get(name)) : fallback);
  const SERVERS = num("servers", 1), CLIENTS = num("clients", 3), PEERS = num("peers", 3);
  const RATE = num("rate", 0.5);
  const HOP = 0.6, DROP_SHOW = 0.8, WIDTH = 400, HEIGHT = 300, LOAD_WINDOW = 10;
  const SVG = "http://www.w3.org/2000/svg";
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const el = (name, attrs = {}, parent) => {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  };
  const spread = (i, n) => 30 + (WIDTH - 60) * (i + 0.5) / Math.max(1, n);
  const fixed = (v) => v.toFixed(1);

  function network(model, specs) {
    const section = document.createElement("section");
    section.className = "diagram";
    section.dataset.model = model;
    const stage = document.createElement("div");
    stage.className = "stage";
    section.appendChild(stage);
    const layer = (cls) => el("svg", { class: `layer ${cls}`, viewBox: `0 0 ${WIDTH} ${HEIGHT}` }, stage);
    const linksLayer = layer("links-layer"), nodesLayer = layer("network"), packetsLayer = layer("packets-layer");
    const metrics = document.createElement("dl");
    metrics.className = "metrics";
    section.appendChild(metrics);
    const metric = (name) => {
      const dd = document.createElement("dd");
      dd.dataset.metric = name;
      metrics.append(Object.assign(document.createElement("dt"), { textContent: name }), dd);
      return dd;
    };
    const shown = { sent: metric("sent"), answered: metric("answered"), failed: metric("failed") };
    const net = { model, nodes: [], links: [], packets: new Map(), nextPacket: 0, sent: 0, answered: 0, failed: 0, shown };
    for (const s of specs) {
      const node = { ...s, up: true, served: [], nextSend: random() / RATE, loadShown: "" };
      const scale = s.scale < 1 ? ` scale(${s.scale.toFixed(3)})` : "";
      node.g = el("g", { class: `node ${s.role} up`, "data-node": s.id, "data-role": s.role, "data-state": "up", role: "button", tabindex: "0", "aria-pressed": "false", "aria-label": s.id, transform: `translate(${fixed(s.x)} ${fixed(s.y)})${scale}` }, nodesLayer);
      el("circle", { class: "hit", r: 30 }, node.g);
      if (s.role === "peer") el("circle", { class: "body", r: 20 }, node.g);
      else if (s.role === "server") el("rect", { class: "body", x: -24, y: -19, width: 48, height: 38, rx: 6 }, node.g);
      else el("rect", { class: "body", x: -19, y: -15, width: 38, height: 30, rx: 5 }, node.g);
      el("text", { y: 5 }, node.g).textContent = s.id.toUpperCase();
      if (s.role !== "client") {
        const bar = el("g", { class: "load", transform: "translate(-18 24)" }, node.g);
        el("rect", { class: "load-track", width: 36, height: 5, rx: 2 }, bar);
        node.fill = el("rect", { class: "load-fill", width: 0, height: 5, rx: 2 }, bar);
      }
      node.g.addEventListener("click", () => toggle(net, node));
      net.nodes.push(node);
    }
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    for (const n of net.nodes) {
      const partners = n.role === "client" ? [byId.get(n.home)] : n.role === "peer" ? net.nodes.filter((b) => b.role === "peer" && b.index > n.index) : [];
      for (const b of partners) net.links.push({ a: n, b, line: el("line", { class: "link", x1: fixed(n.x), y1: fixed(n.y), x2: fixed(b.x), y2: fixed(b.y) }, linksLayer) });
    }
    net.packetsGroup = el("g", { class: "packets" }, packetsLayer);
    document.getElementById("diagrams").appendChild(section);
    return net;
  }

  function drop(net, p, now) {
    p.kind = "dropped";
    p.until = now + DROP_SHOW;
    net.failed++;
    p.g.remove();
    p.g = el("g", { class: "packet dropped", "data-packet": p.key, "data-kind": "dropped" }, net.packetsGroup);
    p.lines = [el("line", {}, p.g), el("line", {}, p.g)];
    const [a, b] = p.lines;
    a.setAttribute("x1", fixed(p.x - 7)); a.setAttribute("y1", fixed(p.y - 7)); a.setAttribute("x2", fixed(p.x + 7)); a.setAttribute("y2", fixed(p.y + 7));
    b.setAttribute("x1", fixed(p.x - 7)); b.setAttribute("y1", fixed(p.y + 7)); b.setAttribute("x2", fixed(p.x + 7)); b.setAttribute("y2", fixed(p.y - 7));
  }

  function send(net, kind, from, to, now, origin) {
    const id = net.nextPacket++;
    const key = `${net.model === "client-server" ? "cs" : "p2p"}-${id}`;
    const g = el("g", { class: `packet ${kind}`, "data-packet": key, "data-kind": kind }, net.packetsGroup);
    const shape = kind === "request" ? el("circle", { r: 5.5 }, g) : el("rect", { width: 10, height: 10 }, g);
    net.packets.set(id, { id, key, kind, from, to, origin, start: now, x: from.x, y: from.y, g, shape });
  }

  function toggle(net, node) {
    node.up = !node.up;
    const state = node.up ? "up" : "down";
    node.g.setAttribute("class", `node ${node.role} ${state}`);
    node.g.dataset.state = state;
    node.g.setAttribute("aria-pressed", String(!node.up));
    if (node.up) node.slash?.remove();
    else node.slash = el("line", { class: "slash", x1: -23, y1: 18, x2: 23, y2: -18 }, node.g);
    for (const l of net.links) l.line.setAttribute("class", l.a.up && l.b.up ? "link" : "link cut");
    const now = clock;
    for (const p of net.packets.values()) if (p.kind !== "dropped" && (p.from === node || p.to === node)) drop(net, p, now);
  }

  function step(net, now) {
    for (const n of net.nodes) {
      if (n.role === "server") continue;
      while (n.nextSend <= now) {
        n.nextSend += (1 + (random() - 0.5) * 0.5) / RATE;
        if (!n.up) continue;
        const target = n.role === "client" ? net.nodes.find((m) => m.id === n.home)
          : (() => { const others = net.nodes.filter((m) => m.role === "peer" && m !== n); return others[Math.floor(random() * others.length)]; })();
        if (target) { net.sent++; send(net, "request", n, target, now, n); }
      }
    }
    for (const p of [...net.packets.values()]) {
      if (p.kind === "dropped") {
        if (now >= p.until) { p.g.remove(); net.packets.delete(p.id); }
        continue;
      }
      const t = Math.min(1, (now - p.start) / HOP);
      p.x = p.from.x + (p.to.x - p.from.x) * t;
      p.y = p.from.y + (p.to.y - p.from.y) * t;
      if (t >= 1) {
        if (!p.to.up) { drop(net, p, now); continue; }
        p.g.remove();
        net.packets.delete(p.id);
        if (p.kind === "request") { p.to.served.push(now); send(net, "response", p.to, p.from, now, p.origin); }
        else net.answered++;
        continue;
      }
      if (p.kind === "request") { p.shape.setAttribute("cx", fixed(p.x)); p.shape.setAttribute("cy", fixed(p.y)); }
      else { p.shape.setAttribute("x", fixed(p.x - 5)); p.shape.setAttribute("y", fixed(p.y - 5)); }
    }
    for (const n of net.nodes) {
      if (!n.fill) continue;
      while (n.served.length && n.served[0] < now - LOAD_WINDOW) n.served.shift();
      const width = fixed(Math.min(1, n.served.length / LOAD_WINDOW / 6) * 36);
      if (width !== n.loadShown) { n.fill.setAttribute("width", width); n.loadShown = width; }
    }
    for (const name of ["sent", "answered", "failed"]) {
      const text = String(net[name]);
      if (net.shown[name].textContent !== text) net.shown[name].textContent = text;
    }
  }

  const cs = [];
  for (let i = 0; i < SERVERS; i++) cs.push({ id: `s${i + 1}`, role: "server", index: i, x: spread(i, SERVERS), y: 55, scale: 1 });
  for (let i = 0; i < CLIENTS; i++) cs.push({ id: `c${i + 1}`, role: "client", index: i, home: `s${(i % SERVERS) + 1}`, x: spread(i, CLIENTS), y: 205 + (CLIENTS > 6 && i % 2 ? 50 : 0), scale: Math.min(1, 17 / CLIENTS) });
  const p2p = [];
  for (let i = 0; i < PEERS; i++) {
    const angle = -Math.PI / 2 + 2 * Math.PI * i / PEERS;
    p2p.push({ id: `p${i + 1}`, role: "peer", index: i, x: WIDTH / 2 + 110 * Math.cos(angle), y: HEIGHT / 2 + 110 * Math.sin(angle), scale: Math.min(1, 15.5 / PEERS) });
  }
  // Built on the second frame, as netmodels draws its networks.
  const nets = [];
  const clockText = document.querySelector(".clock");
  let clock = 0, last = null, frame = 0, shownClock = "";
  const loop = (ms) => {
    frame++;
    if (frame === 2) nets.push(network("client-server", cs), network("peer-to-peer", p2p));
    if (last !== null) clock += Math.min(0.25, (ms - last) / 1000);
    last = ms;
    for (const net of nets) step(net, clock);
    const text = `t = ${clock.toFixed(1)} s`;
    if (text !== shownClock) { clockText.textContent = text; shownClock = text; }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();
