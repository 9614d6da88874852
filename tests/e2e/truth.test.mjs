// What the page says follows what happened, at the edges a teacher reaches in a lesson:
// the tour's verdict after the learner undoes the experiment, the timeline's outage bands,
// one time base for the clock and scripts, servers that slow down under load, and a
// crafted link that must not freeze the first paint. Read from what a person sees.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, metric, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

describe("truth", () => {
  // ---- the tour's verdict follows the experiment ----

  // ---- end of the tour's tests ----

  // ---- the timeline's outage bands ----

  // ---- end of the timeline's tests ----

  // ---- one time base ----

  // ---- end of the time base's tests ----

  // ---- servers have a capacity ----

  // ---- end of the capacity tests ----

  // ---- a costly link does not freeze the first paint ----

  // ---- end of the costly link's tests ----
});

// Keeps the shared imports used while sections are empty.
void [CS, P2P, metric, until, assert, test, withSession];
