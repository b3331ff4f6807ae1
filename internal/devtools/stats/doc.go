// Package stats is the one place the developer tools' reports (the bench,
// scripts/bench, and the load test, scripts/loadtest) compute their
// statistics and write their units, so that a p50, p95 or p99 is the same
// statistic in every report: golang.org/x/perf/benchmath's sample (sorted
// once), its quantiles by go-moremath's estimator (the R8 quantile
// benchmath itself uses), and golang.org/x/perf/benchunit's scaling.
package stats
