// Reads `npm audit --omit=dev --json` on stdin. Exit 1 when production dependencies have high or
// critical advisories; exit 0 (with a warning) when the advisory service cannot be reached, which
// is not a finding (this workplace's registry mirror answers the bulk endpoint with 405).
let text = "";
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    console.log("npm audit: no readable report; the advisory service could not be reached");
    process.exit(0);
  }
  if (!report.metadata) {
    console.log(
      `npm audit: advisory service unavailable (${report.message ?? "no report"}); not counted`,
    );
    process.exit(0);
  }
  const v = report.metadata.vulnerabilities ?? {};
  const serious = (v.high ?? 0) + (v.critical ?? 0);
  console.log(`npm audit (production): ${serious} high or critical advisories`);
  process.exit(serious > 0 ? 1 : 0);
});
