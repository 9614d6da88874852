// The smoke tests (smoke.mjs) in WebKitGTK, Safari's engine (WebKitWebDriver's MiniBrowser in a private Xvfb display).
import { smokeTests } from "./smoke.mjs";

smokeTests("webkit");
