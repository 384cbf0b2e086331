/**
 * Hypergeometric samplers with NumPy's exact algorithms. Generator (random_hypergeometric.c): HRUA
 * (Stadlober's ratio of uniforms, with log-factorials from a table below 126 and Stirling's series above)
 * when 10 <= nsample <= total - 10, otherwise direct simulation of the draws with bounded integers.
 * RandomState (legacy-distributions.c): NumPy 1.16's HRUA* with loggam for nsample > 10, and the "HYP"
 * inversion of uniforms for smaller samples.
 */
import { BitGenerator } from './bitGenerator';
import { glibcLog } from './glibcLog';
import { randomInterval } from './boundedIntegers';
import { loggam, toInt64 } from './discrete';

/** log(k!) for k = 0 … 125 (correctly rounded, as numpy's logfactorial.c lists them). */
const LOGFACT = [
  0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046,
  6.579251212010101, 8.525161361065415, 10.60460290274525, 12.801827480081469, 15.104412573075516, 17.502307845873887,
  19.987214495661885, 22.552163853123425, 25.19122118273868, 27.89927138384089, 30.671860106080672, 33.50507345013689,
  36.39544520803305, 39.339884187199495, 42.335616460753485, 45.38013889847691, 48.47118135183523, 51.60667556776438,
  54.78472939811232, 58.00360522298052, 61.261701761002, 64.55753862700634, 67.88974313718154, 71.25703896716801,
  74.65823634883016, 78.0922235533153, 81.55795945611504, 85.05446701758152, 88.58082754219768, 92.1361756036871,
  95.7196945421432, 99.33061245478743, 102.96819861451381, 106.63176026064346, 110.32063971475739, 114.0342117814617,
  117.77188139974507, 121.53308151543864, 125.3172711493569, 129.12393363912722, 132.95257503561632, 136.80272263732635,
  140.67392364823425, 144.5657439463449, 148.47776695177302, 152.40959258449735, 156.3608363030788, 160.3311282166309,
  164.32011226319517, 168.32744544842765, 172.3527971391628, 176.39584840699735, 180.45629141754378, 184.53382886144948,
  188.6281734236716, 192.7390472878449, 196.86618167289, 201.00931639928152, 205.1681994826412, 209.34258675253685,
  213.53224149456327, 217.73693411395422, 221.95644181913033, 226.1905483237276, 230.43904356577696, 234.70172344281826,
  238.97838956183432, 243.2688490029827, 247.57291409618688, 251.8904022097232, 256.22113555000954, 260.5649409718632,
  264.9216497985528, 269.2910976510198, 273.6731242856937, 278.0675734403661, 282.4742926876304, 286.893133295427,
  291.3239500942703, 295.76660135076065, 300.22094864701415, 304.6868567656687, 309.1641935801469, 313.65282994987905,
  318.1526396202093, 322.66349912672615, 327.1852877037752, 331.7178871969285, 336.26118197919845, 340.815058870799,
  345.37940706226686, 349.95411804077025, 354.5390855194408, 359.1342053695754, 363.73937555556347, 368.35449607240474,
  372.979468885689, 377.61419787391867, 382.25858877306, 386.91254912321756, 391.5759882173296, 396.24881705179155,
  400.93094827891576, 405.6222961611449, 410.32277652693733, 415.03230672824964, 419.7508055995447, 424.4781934182571,
  429.21439186665157, 433.9593239950148, 438.71291418612117, 443.47508812091894, 448.2457727453846, 453.0248962384961,
  457.81238798127816, 462.6081785268749, 467.4121995716082, 472.2243839269806, 477.04466549258564, 481.87297922988796,
];

/** logfactorial(k): the table, else Stirling's series truncated at the 1/k**3 term. */
function logfactorial(k: number): number {
  if (k < LOGFACT.length) return LOGFACT[k];
  return (k + 0.5) * glibcLog(k) - k + (0.9189385332046728 + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
}

/** Direct simulation: draw `sample` (or its complement) items one by one. */
function hypergeometricSample(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const half = Math.trunc(total / 2);
  let computed = sample > half ? total - sample : sample;
  let remTotal = total;
  let remGood = good;
  while (computed > 0 && remGood > 0 && remTotal > remGood) {
    --remTotal;
    if (randomInterval(bg, remTotal) < remGood) --remGood;
    --computed;
  }
  if (remTotal === remGood) remGood -= computed;
  return sample > half ? remGood : good - remGood;
}

const D1 = 1.7155277699214135; // 2 sqrt(2/e)
const D2 = 0.8989161620588988; // 3 - 2 sqrt(3/e)

function hypergeometricHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const computed = Math.min(sample, popsize - sample);
  const mingb = Math.min(good, bad);
  const maxgb = Math.max(good, bad);
  const p = mingb / popsize;
  const q = maxgb / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const variance = ((popsize - computed) * computed * p * q) / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const m = toInt64(Math.floor(((computed + 1) * (mingb + 1)) / (popsize + 2)));
  const g = logfactorial(m) + logfactorial(mingb - m) + logfactorial(computed - m) + logfactorial(maxgb - computed + m);
  const b = Math.min(Math.min(computed, mingb) + 1, Math.floor(a + 16 * c));
  let k: number;
  for (;;) {
    const u = bg.nextDouble();
    const v = bg.nextDouble();
    const x = a + (h * (v - 0.5)) / u;
    if (x < 0.0 || x >= b) continue;
    k = toInt64(Math.floor(x));
    const gp = logfactorial(k) + logfactorial(mingb - k) + logfactorial(computed - k) + logfactorial(maxgb - computed + k);
    const t = g - gp;
    if (u * (4.0 - u) - 3.0 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2.0 * glibcLog(u) <= t) break;
  }
  if (good > bad) k = computed - k;
  if (computed < sample) k = good - k;
  return k;
}

/** Generator's random_hypergeometric. */
export function hypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHrua(bg, good, bad, sample);
  return hypergeometricSample(bg, good, bad, sample);
}

function legacyHyp(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = bg.nextDouble();
    y -= toInt64(Math.floor(u + y / (d1 + k)));
    k--;
    if (k === 0) break;
  }
  let z = toInt64(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

function legacyHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const mingb = Math.min(good, bad);
  const popsize = good + bad;
  const maxgb = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingb / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = toInt64(Math.floor(((m + 1) * (mingb + 1)) / (popsize + 2)));
  const d10 = loggam(d9 + 1) + loggam(mingb - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgb - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingb) + 1.0, Math.floor(d6 + 16 * d7));
  let z: number;
  for (;;) {
    const x = bg.nextDouble();
    const y = bg.nextDouble();
    const w = d6 + (d8 * (y - 0.5)) / x;
    if (w < 0.0 || w >= d11) continue;
    z = toInt64(Math.floor(w));
    const t = d10 - (loggam(z + 1) + loggam(mingb - z + 1) + loggam(m - z + 1) + loggam(maxgb - m + z + 1));
    if (x * (4.0 - x) - 3.0 <= t) break;
    if (x * (x - t) >= 1) continue;
    if (2.0 * glibcLog(x) <= t) break;
  }
  if (good > bad) z = m - z;
  if (m < sample) z = good - z;
  return z;
}

/** RandomState's legacy_random_hypergeometric. */
export function legacyHypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample > 10) return legacyHrua(bg, good, bad, sample);
  if (sample > 0) return legacyHyp(bg, good, bad, sample);
  return 0;
}
