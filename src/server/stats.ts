// How the server is keeping up, for GET /api/health and the load benchmark: how long a report
// takes from arriving on its socket to the dashboard update leaving for the host, and how late the
// event loop runs (a busy machine shows here first).
import { createHistogram, monitorEventLoopDelay, type IntervalHistogram, type RecordableHistogram } from 'node:perf_hooks';

export interface StatsView {
  reports: number;
  /** Report in → dashboard update out, in ms. */
  reportToPush: { p50: number; p95: number; p99: number; max: number } | null;
  eventLoopDelay: { p50: number; p99: number; max: number };
}

export class ServerStats {
  private readonly reportTimes: RecordableHistogram = createHistogram();
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.loop.enable();
  }

  recordReport(ms: number) {
    this.reportTimes.record(Math.max(1, Math.round(ms * 1000)));
  }

  view(): StatsView {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const us = (v: number) => Math.round(v / 10) / 100;
    const r = this.reportTimes;
    return {
      reports: r.count,
      reportToPush: r.count ? { p50: us(r.percentile(50)), p95: us(r.percentile(95)), p99: us(r.percentile(99)), max: us(r.max) } : null,
      eventLoopDelay: { p50: ms(this.loop.percentile(50)), p99: ms(this.loop.percentile(99)), max: ms(this.loop.max) },
    };
  }

  stop() {
    this.loop.disable();
  }
}
