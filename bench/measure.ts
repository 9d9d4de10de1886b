/** Runs `fn` after a warm-up and returns the median and p95 in milliseconds. */
export async function measure(fn: () => Promise<unknown>, runs = 50, warmup = 5): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

export function report(name: string, size: string, figures: { median: number; p95?: number }, reference?: { label: string; median: number }) {
  const ratio = reference ? `  ratio ${(figures.median / reference.median).toFixed(2)}× vs ${reference.label} (${reference.median.toFixed(2)} ms)` : '';
  const time = figures.p95 === undefined
    ? `one run ${figures.median.toFixed(2).padStart(8)} ms${' '.repeat(18)}`
    : `median ${figures.median.toFixed(2).padStart(8)} ms  p95 ${figures.p95.toFixed(2).padStart(8)} ms`;
  console.log(`${name.padEnd(44)} ${size.padEnd(22)} ${time}${ratio}`);
}
