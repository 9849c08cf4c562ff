/**
 * Must be the first import of start-app.tsx, before any schema is built
 * (main.tsx, which runs before it, builds none). zod probes `new Function` to compile
 * validators as soon as schemas are built; the Content-Security-Policy
 * forbids eval, so validators run without compilation in the browser.
 */
import { config } from "zod";

config({ jitless: true });
