/**
 * Must be the first import of main.tsx, the page's first script: the app's
 * chunks build schemas as they are evaluated, in an order the bundler
 * chooses, so the setting has to come before all of them. zod probes `new Function` to compile
 * validators as soon as schemas are built; the Content-Security-Policy
 * forbids eval, so validators run without compilation in the browser.
 */
import { config } from "zod";

config({ jitless: true });
