// The smoke tests (smoke.mjs) in Firefox ESR (Debian's firefox-esr through geckodriver, headless).
import { smokeTests } from "./smoke.mjs";

smokeTests("firefox");
