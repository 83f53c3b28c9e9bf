/**
 * The two astronomical quantities the lunisolar calendar needs, from J. Meeus,
 * "Astronomical Algorithms" (2nd ed., 1998): the instant of a new moon (ch. 49) and
 * the apparent longitude of the sun (ch. 25, low-accuracy method, ~0.01°), plus
 * ΔT = TT − UT from the Espenak–Meeus polynomials (NASA Five Millennium Canon).
 * Instants are Julian Dates (days); `jde` is in Terrestrial Time, `jd` in UT.
 */

const DEG = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * DEG);

/** Julian Date of 1970-01-01T00:00Z: day number n starts at `JD_UNIX_EPOCH + n` in UT. */
export const JD_UNIX_EPOCH = 2440587.5;

/** ΔT in seconds for a decimal year (Espenak & Meeus 2006). */
export function deltaTSeconds(year: number): number {
  const u = (year - 1820) / 100;
  if (year < 1800 || year >= 2150) return -20 + 32 * u * u;
  if (year < 1860) {
    const t = year - 1800;
    return (
      13.72 - 0.332447 * t + 0.0068612 * t ** 2 + 0.0041116 * t ** 3 - 0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 - 0.0000001699 * t ** 6 + 0.000000000875 * t ** 7
    );
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

const yearOfJd = (jd: number): number => 2000 + (jd - 2451545) / 365.25;

/** TT − UT in days at a UT instant. */
export const deltaTDays = (jd: number): number => deltaTSeconds(yearOfJd(jd)) / 86400;

/**
 * Mean-phase index `k` → instant (UT) of that true new moon. k = 0 is the new moon
 * of 2000-01-06; k grows by one per synodic month (Meeus 49.1, table 49.A, 49.B).
 */
export function newMoonJd(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  // Additional (planetary) corrections, table 49.B.
  const planetary: readonly (readonly [number, number, number])[] = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * T2, 0],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  for (const [amplitude, base, rate] of planetary) jde += amplitude * sin(base + rate * k);
  return jde - deltaTDays(jde);
}

/** Apparent geocentric longitude of the sun in degrees [0, 360) at a UT instant. */
export function sunLongitude(jd: number): number {
  const T = (jd + deltaTDays(jd) - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** The UT instant near `jdGuess` (within ~±60 days) when the sun's longitude is `target` degrees. */
export function sunLongitudeInstant(target: number, jdGuess: number): number {
  let jd = jdGuess;
  for (let i = 0; i < 20; i++) {
    const diff = ((((target - sunLongitude(jd)) % 360) + 540) % 360) - 180;
    jd += (diff * 365.2422) / 360;
    if (Math.abs(diff) < 1e-7) break;
  }
  return jd;
}
