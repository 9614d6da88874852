// The lesson through the page, as a learner or teacher uses it: the library words, Publish
// update and stale copies, the scaling panel's chart and sliders, and the guided tour by
// keyboard and mouse. Runs against dist/ from `trunk build --release`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, count, metric, metricText, openPage, until, useBrowserAndServer, withSession } from "./harness.mjs";


const env = useBrowserAndServer();

const withPage = (query, run) => withSession(env, query, run);

const node = (page, model, id) => page.locator(`[data-model="${model}"] [data-node="${id}"]`);

describe("the library analogy", () => {
  test("the labels switch renames every node and sentence, and back", async () => {
    await withPage("", async (page) => {
      const labels = page.locator('[data-control="labels"]');
      assert.equal(await labels.getAttribute("aria-pressed"), "false");
      await labels.click();
      assert.equal(await labels.getAttribute("aria-pressed"), "true");
      assert.equal(await node(page, CS, "s1").getAttribute("aria-label"), "Librarian 1");
      assert.equal(await node(page, CS, "c2").getAttribute("aria-label"), "Visitor 2");
      assert.equal(await node(page, P2P, "p3").getAttribute("aria-label"), "Friend 3");
      assert.match(await page.locator(`[data-model="${CS}"] h2`).textContent(), /library with a librarian/);
      assert.match(await page.locator(".legend").textContent(), /Asking for a book/);
      await node(page, CS, "s1").click();
      assert.match(await page.locator('[role="status"]').textContent(), /^Librarian 1 went away\./);
      assert.match(await page.locator(`[data-model="${CS}"] .insight`).textContent(), /librarian is a single point of failure/);
      await until(
        async () => /visitor \d → librarian 1: no answer, librarian 1 is away/.test(await page.locator(`[data-model="${CS}"] .log`).textContent()),
        "a log line in library words",
      );
      // Books travel as books: the answers are drawn with a spine.
      await until(async () => (await page.locator(`[data-model="${P2P}"] [data-kind="response"] .spine`).count()) > 0, "a book");
      await labels.click();
      assert.equal(await node(page, CS, "s1").getAttribute("aria-label"), "Server 1");
      assert.match(await page.locator(`[data-model="${CS}"] .log`).textContent(), /client \d → server 1: no answer, server 1 is off/);
    });
  });

  test("labels=analogy starts in library words and the share link keeps them", async () => {
    await withPage("?labels=analogy", async (page) => {
      assert.equal(await page.locator('[data-control="labels"]').getAttribute("aria-pressed"), "true");
      assert.equal(await node(page, P2P, "p1").getAttribute("aria-label"), "Friend 1");
      await page.locator('[data-control="share"]').click();
      assert.match(await page.locator(".share-panel textarea, .share-panel input").first().inputValue(), /labels=analogy/);
    });
  });
});

describe("publish update", () => {
  test("client-server is never stale; peer-to-peer spreads, and an off peer catches up when back", async () => {
    await withPage("?peers=5&down=p3", async (page) => {
      assert.equal(await metric(page, P2P, "converge"), "");
      assert.equal(await metricText(page, P2P, "converge"), "–");
      await page.locator('[data-control="publish"]').click();
      assert.match(await page.locator('[role="status"]').textContent(), /Version 2 .* published/);
      assert.equal(await count(page, CS, "stale"), 0);
      assert.equal(await metric(page, CS, "converge"), "0.0");
      assert.equal(await metricText(page, CS, "converge"), "0.0 s");
      assert.equal(await node(page, CS, "s1").getAttribute("data-version"), "2");
      assert.equal(await node(page, P2P, "p1").getAttribute("data-version"), "2");
      assert.ok((await count(page, P2P, "stale")) >= 3, "just published at one peer of five");
      // Every peer that is on catches up; the one that is off cannot.
      await until(async () => (await count(page, P2P, "stale")) === 1, "only the off peer stale", 30000);
      assert.equal(await node(page, P2P, "p3").getAttribute("data-stale"), "true");
      assert.equal(await node(page, P2P, "p3").getAttribute("data-version"), "1");
      assert.match(await metricText(page, P2P, "converge"), /^not yet/);
      // Every client hears version 2 with its next answer.
      await until(
        async () => (await page.locator(`[data-model="${CS}"] [data-role="client"][data-version="2"]`).count()) === 3,
        "clients see version 2",
      );
      await node(page, P2P, "p3").click();
      await until(async () => (await count(page, P2P, "stale")) === 0, "the peer back on syncs", 20000);
      assert.match(await metric(page, P2P, "converge"), /^\d+\.\d$/);
      assert.equal(await page.locator(`[data-model="${P2P}"] [data-role="peer"][data-version="2"]`).count(), 5);
    });
  });
});

/** Reads every plotted point: { "cs-formula": Map(n → hours), … }. */
async function readChart(page) {
  const rows = await page.locator('[data-panel="scaling"] [data-series]').evaluateAll((els) =>
    els.map((e) => [e.dataset.series, Number(e.dataset.n), Number(e.dataset.hours)]),
  );
  const series = {};
  for (const [s, n, h] of rows) (series[s] ??= new Map()).set(n, h);
  return series;
}

async function chartDone(page) {
  // The simulation runs once the chart is scrolled into view, as a reader would.
  await page.locator('[data-panel="scaling"] figure').scrollIntoViewIfNeeded();
  await until(
    async () => (await page.locator('[data-panel="scaling"] [data-status="done"]').count()) === 1,
    "the simulation to fill the chart",
    30000,
  );
}

function checkAbove(series) {
  for (const [model] of [["cs"], ["p2p"]]) {
    const formula = series[`${model}-formula`];
    const simulated = series[`${model}-simulated`];
    assert.equal(formula.size, 100);
    assert.equal(simulated.size, 100);
    for (const [n, h] of simulated) {
      // data-hours has 4 decimals; allow that rounding only.
      assert.ok(h >= formula.get(n) - 0.00011, `${model} N=${n}: simulated ${h} below ${formula.get(n)}`);
    }
  }
}

describe("which model scales", () => {
  test("the chart shows the textbook curves and a simulation that never beats them", async () => {
    await withPage("", async (page) => {
      await chartDone(page);
      const s = await readChart(page);
      checkAbove(s);
      assert.equal(s["cs-formula"].get(100), 10);
      assert.equal(s["cs-formula"].get(30), 3);
      assert.equal(s["p2p-formula"].get(10), 0.5);
      assert.equal(s["p2p-formula"].get(100), 0.9091);
      assert.ok(s["p2p-simulated"].get(100) < 1.2 * 0.9091);
      assert.match(await page.locator("[data-readout]").textContent(), /100 receivers: client-server needs at least 10\.00 h/);
    });
  });

  test("sliders change the curves, by keyboard too, and the readout follows N", async () => {
    await withPage("", async (page) => {
      await chartDone(page);
      const upload = page.locator('[data-control="server-upload"]');
      await upload.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
      assert.equal(await upload.inputValue(), "20");
      await chartDone(page);
      const s = await readChart(page);
      assert.equal(s["cs-formula"].get(100), 5);
      assert.equal(s["p2p-formula"].get(100), 0.8333);
      checkAbove(s);
      const receivers = page.locator('[data-control="receivers"]');
      await receivers.focus();
      await page.keyboard.press("Home");
      assert.match(await page.locator("[data-readout]").textContent(), /^With 1 receivers: client-server needs at least 0\.10 h/);
      await page.locator('[data-control="scaling-reset"]').click();
      await chartDone(page);
      assert.equal((await readChart(page))["cs-formula"].get(100), 10);
    });
  });
});

describe("the chart alone", () => {
  test("view=scaling shows only the chart and its sliders, for a page about scaling", async () => {
    await withSession(
      env,
      "?view=scaling",
      async (page) => {
        assert.equal(await page.locator("[data-node]").count(), 0);
        assert.equal(await page.locator(".controls").count(), 0);
        await chartDone(page);
        checkAbove(await readChart(page));
      },
      { waitFor: '[data-panel="scaling"]' },
    );
  });
});

describe("the guided tour", () => {
  test("its words are fetched when it opens, and a tour that cannot fetch them says so", async () => {
    await withPage("", async (page) => {
      const fetched = [];
      page.on("request", (r) => r.url().endsWith(".ftl") && fetched.push(new URL(r.url()).pathname));
      await page.locator("[data-node]").first().waitFor();
      await page.waitForTimeout(500);
      assert.deepEqual(fetched, [], "no catalogue before the tour opens");
      await page.locator('[data-control="tour"]').click();
      const tour = page.locator('[data-panel="tour"]');
      assert.equal(await tour.locator("h2").textContent(), "What a server does");
      assert.match(await tour.textContent(), /where does each client send its requests\?/);
      assert.deepEqual(fetched.map((p) => p.replace(/^.*\/lang\//, "lang/")), ["lang/en.ftl"]);
    });
    // A copy of the page without its catalogues, or a connection that dropped: the tour says
    // so in words, and the rest of the page goes on working.
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await page.route("**/lang/en.ftl", (route) => route.abort());
      await page.locator('[data-control="tour"]').click();
      const status = page.locator(".tour-loading");
      await until(async () => /could not/.test(await status.textContent()), "the tour to say it could not load", 5000);
      assert.equal(await status.textContent(), "The tour could not be loaded. Check the connection and reload the page.");
      assert.equal(await page.locator('[data-panel="tour"]').count(), 0);
      await node(page, CS, "s1").click();
      assert.match(await page.locator(".announcement").textContent(), /^Server 1 /);
    } finally {
      await context.close();
    }
  });

  test("predict, act, observe, explain: by keyboard, with progress, skippable and resumable", async () => {
    await withPage("?tour=1", async (page) => {
      const tour = page.locator('[data-panel="tour"]');
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 1 of 9");
      // The new step's heading has the focus; the answers are radio buttons.
      assert.equal(await page.evaluate(() => document.activeElement?.id), "tour-title");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      assert.equal(await tour.getAttribute("data-phase"), "predict");
      assert.ok(await page.locator('[data-choice="0"]').isChecked());
      await page.locator('[data-control="tour-commit"]').focus();
      await page.keyboard.press("Enter");
      await until(async () => (await tour.getAttribute("data-phase")) === "explain", "the explanation", 15000);
      assert.match(await tour.locator("[data-verdict]").textContent(), /You predicted “To the server”, and that is what happened/);
      assert.match(await tour.locator("[data-explanation]").textContent(), /\d+ of \d+ requests were answered/);
      await page.locator('[data-control="tour-next"]').click();
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 2 of 9");
      // Skip step 2 without answering.
      assert.equal(await page.locator('[data-control="tour-next"]').textContent(), "Skip this step");
      await page.locator('[data-control="tour-next"]').click();
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 3 of 9");
      // Predict wrongly, then act: switch the server off.
      await page.locator('[data-choice="0"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      assert.equal(await tour.getAttribute("data-phase"), "act");
      assert.match(await tour.locator("[data-task]").textContent(), /click Server 1/);
      await node(page, CS, "s1").click();
      await until(async () => (await tour.getAttribute("data-phase")) === "explain", "the explanation", 15000);
      assert.match(await tour.locator("[data-verdict]").textContent(), /the network showed otherwise: “No client can be served”/);
      const failed = await count(page, CS, "failed");
      assert.match(await tour.locator("[data-explanation]").textContent(), /single point of failure/);
      assert.ok(failed > 0);
      // Escape closes; the tour button resumes at step 3.
      await page.locator('[data-control="tour-back"]').focus();
      await page.keyboard.press("Escape");
      assert.equal(await tour.count(), 0);
      const resume = page.locator('[data-control="tour"]');
      assert.equal(await resume.textContent(), "Resume tour (step 3 of 9)");
      // A later visit (same browser) remembers it too.
      await page.goto(env.server.url);
      await page.locator("[data-node]").first().waitFor();
      assert.equal(await resume.textContent(), "Resume tour (step 3 of 9)");
      await resume.click();
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 3 of 9");
      assert.equal(await node(page, CS, "s1").getAttribute("data-state"), "up", "the step's scene is set up again");
    });
  });

  test("the tour button starts at step 1, and the last step points at the chart and finishes", async () => {
    await withPage("", async (page) => {
      await page.locator('[data-control="tour"]').click();
      const tour = page.locator('[data-panel="tour"]');
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 1 of 9");
      for (let i = 0; i < 8; i++) await page.locator('[data-control="tour-next"]').click();
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 9 of 9");
      await page.locator('[data-choice="1"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      await until(async () => (await tour.getAttribute("data-phase")) === "explain", "the explanation");
      assert.match(await tour.locator("[data-explanation]").textContent(), /at least 10\.0 h for 100 receivers.*at least 0\.91 h/);
      await page.locator('[data-control="tour-chart"]').click();
      await until(() => page.locator('[data-panel="scaling"] figure').isVisible(), "the chart in view");
      assert.ok(await page.evaluate(() => {
        const r = document.querySelector('[data-panel="scaling"] h2').getBoundingClientRect();
        // Within a pixel: fractional heights above (the timeline's) can leave the scrolled-to
        // heading a fraction of a pixel above the top.
        return r.top >= -1 && r.top < window.innerHeight;
      }), "the link scrolled to the chart");
      assert.equal(await page.locator('[data-control="tour-next"]').textContent(), "Finish the tour");
      await page.locator('[data-control="tour-next"]').click();
      assert.equal(await tour.count(), 0);
      assert.equal(await page.locator('[data-control="tour"]').textContent(), "Guided tour");
    });
  });

  test("with the control bar hidden, the update step offers its own Publish button", async () => {
    await withPage("?controls=none&view=peer-to-peer&tour=5", async (page) => {
      const tour = page.locator('[data-panel="tour"]');
      assert.equal(await tour.locator("[data-tour-progress]").textContent(), "Step 5 of 9");
      assert.equal(await page.locator('[data-control="publish"]').count(), 0);
      assert.equal(await node(page, P2P, "p4").getAttribute("data-state"), "down");
      await page.locator('[data-choice="1"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      await page.locator('[data-control="tour-publish"]').click();
      await until(async () => (await tour.getAttribute("data-phase")) === "explain", "the explanation");
      const text = await tour.locator("[data-explanation]").textContent();
      assert.match(text, /Client-server has 0 stale copies/);
      assert.match(text, /Peer-to-peer has (1 stale copy|[2-5] stale copies) now/);
      assert.equal(await node(page, P2P, "p4").getAttribute("data-stale"), "true");
    });
  });
});
