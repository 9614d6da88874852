// The smoke tests (smoke.mjs) in Firefox ESR (Debian's firefox-esr through geckodriver, headless),
// and the offline copy opened from file:// (offline-firefox.mjs).
import { smokeTests } from "./smoke.mjs";
import "./offline-firefox.mjs";

smokeTests("firefox");
