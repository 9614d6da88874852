// The smoke tests (smoke.mjs) in Chromium (Debian's chromium through chromedriver, headless).
import { smokeTests } from "./smoke.mjs";

smokeTests("chromium");
