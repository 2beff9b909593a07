/** Small number helpers shared by the benchmark's measurements and its report. */

export const MB = 1e6;

/** The median of the numbers in `values`, ignoring missing ones; null when none is left. */
export function median(values) {
  const v = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

export const fmt = (value, digits = 1) => (value == null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
export const int = (value) => (value == null ? 'n/a' : Math.round(value).toLocaleString('en-US'));
export const ratio = (a, b) => (a == null || b == null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

/** The value below which a share `p` (0–1) of the numbers lie (nearest rank); null when none. */
export function percentile(values, p) {
  const v = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
}
