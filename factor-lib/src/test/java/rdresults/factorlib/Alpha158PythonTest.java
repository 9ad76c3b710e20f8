package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

/**
 * {@code alpha158.py} run by a real {@code /usr/bin/python3} with pandas, against computations written here as
 * plain loops over each instrument's values (no pandas rolling, no groupby): every translated operator on data with
 * NaNs, four instruments and short histories; all 158 canonical factors on a 3-instrument × 300-day frame; a
 * selection of whole factors value by value. Python starts once for the class; each test reads its part of the
 * report.
 */
class Alpha158PythonTest {

    static final Path CANONICAL = Path.of("../exporters/src/main/resources/rdresults/export/alpha158_full.json");

    /** Operator cases: name → expression; the script holds the loop reference of each under the same name. */
    static final Map<String, String> OPERATOR_CASES = new LinkedHashMap<>();

    static {
        OPERATOR_CASES.put("ADD", "$close+$open");
        OPERATOR_CASES.put("SUB", "$close-2*$open");
        OPERATOR_CASES.put("MUL", "$close*$volume");
        OPERATOR_CASES.put("DIV", "$close/($open+1e-12)");
        OPERATOR_CASES.put("POWER", "Power($close, 2)");
        OPERATOR_CASES.put("POWER_INFIX", "$close**-1");
        OPERATOR_CASES.put("GT", "$close>Ref($close, 1)");
        OPERATOR_CASES.put("GE", "$close>=$open");
        OPERATOR_CASES.put("LT", "$close<Ref($close, 1)");
        OPERATOR_CASES.put("LE", "$close<=$open");
        OPERATOR_CASES.put("EQ", "$flat==Ref($flat, 1)");
        OPERATOR_CASES.put("NE", "$flat!=Ref($flat, 1)");
        OPERATOR_CASES.put("AND", "($close>$open)&($volume>Ref($volume, 1))");
        OPERATOR_CASES.put("OR", "($close>$open)|($volume>Ref($volume, 1))");
        OPERATOR_CASES.put("ABS", "Abs($close-$open)");
        OPERATOR_CASES.put("SIGN", "Sign($close-$open)");
        OPERATOR_CASES.put("LOG", "Log($volume+1)");
        OPERATOR_CASES.put("GREATER", "Greater($close, $open)");
        OPERATOR_CASES.put("LESS", "Less($close, $open)");
        OPERATOR_CASES.put("IF", "If($close>$open, $high, $low)");
        OPERATOR_CASES.put("REF", "Ref($close, 2)");
        OPERATOR_CASES.put("REF_FUTURE", "Ref($close, -1)");
        OPERATOR_CASES.put("REF_FIRST", "Ref($close, 0)");
        OPERATOR_CASES.put("DELTA", "Delta($close, 3)");
        OPERATOR_CASES.put("MEAN", "Mean($close, 4)");
        OPERATOR_CASES.put("SUM", "Sum($close, 4)");
        OPERATOR_CASES.put("STD", "Std($close, 4)");
        OPERATOR_CASES.put("VAR", "Var($close, 4)");
        OPERATOR_CASES.put("MAX", "Max($close, 4)");
        OPERATOR_CASES.put("MIN", "Min($close, 4)");
        OPERATOR_CASES.put("MED", "Med($close, 4)");
        OPERATOR_CASES.put("MAD", "Mad($close, 4)");
        OPERATOR_CASES.put("IDXMAX", "IdxMax($close, 4)");
        OPERATOR_CASES.put("IDXMIN", "IdxMin($close, 4)");
        OPERATOR_CASES.put("QUANTILE", "Quantile($close, 5, 0.8)");
        OPERATOR_CASES.put("RANK", "Rank($close, 5)");
        OPERATOR_CASES.put("SLOPE", "Slope($close, 5)");
        OPERATOR_CASES.put("RSQUARE", "Rsquare($close, 5)");
        OPERATOR_CASES.put("RESI", "Resi($close, 5)");
        OPERATOR_CASES.put("WMA", "WMA($close, 4)");
        OPERATOR_CASES.put("EMA", "EMA($close, 4)");
        OPERATOR_CASES.put("CORR", "Corr($close, $volume, 5)");
        OPERATOR_CASES.put("COV", "Cov($close, $volume, 5)");
    }

    static final List<String> WHOLE_FACTORS = List.of("KMID", "ROC5", "MA20", "STD20", "BETA5", "RSQR10", "RESI5",
            "CORR20", "CORD10", "IMAX20", "QTLU5", "RANK10", "VSUMP5", "WVMA60");

    private static final String SCRIPT = """
            import importlib.util, json, math, statistics, sys
            import numpy as np, pandas as pd

            NAN = float("nan")
            isnan = math.isnan


            def load(path, name):
                spec = importlib.util.spec_from_file_location(name, path)
                mod = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(mod)
                return mod


            # ---- reference: plain loops over one instrument's list of values ----
            def elem(f, *xs):
                return [f(*v) for v in zip(*xs)]


            def nanop(f):
                return lambda *v: NAN if any(isnan(a) for a in v) else f(*v)


            def win(xs, n):
                return [xs[max(0, t - n + 1):t + 1] for t in range(len(xs))]


            def ok(w):
                return [v for v in w if not isnan(v)]


            def mean(xs, n):
                return [sum(ok(w)) / len(ok(w)) if ok(w) else NAN for w in win(xs, n)]


            def total(xs, n):
                return [sum(ok(w)) if ok(w) else NAN for w in win(xs, n)]


            def var(xs, n):
                out = []
                for w in win(xs, n):
                    v = ok(w)
                    if len(v) < 2:
                        out.append(NAN)
                    else:
                        m = sum(v) / len(v)
                        out.append(sum((a - m) ** 2 for a in v) / (len(v) - 1))
                return out


            def std(xs, n):
                return [math.sqrt(v) if not isnan(v) else NAN for v in var(xs, n)]


            def wmax(xs, n):
                return [max(ok(w)) if ok(w) else NAN for w in win(xs, n)]


            def wmin(xs, n):
                return [min(ok(w)) if ok(w) else NAN for w in win(xs, n)]


            def med(xs, n):
                return [statistics.median(ok(w)) if ok(w) else NAN for w in win(xs, n)]


            def mad(xs, n):
                out = []
                for w in win(xs, n):
                    v = ok(w)
                    m = sum(v) / len(v) if v else NAN
                    out.append(sum(abs(a - m) for a in v) / len(v) if v else NAN)
                return out


            def idx(xs, n, better):
                out = []
                for w in win(xs, n):
                    if not ok(w):
                        out.append(NAN)
                    elif any(isnan(a) for a in w):
                        out.append(next(i for i, a in enumerate(w) if isnan(a)) + 1.0)  # numpy's argmax/argmin
                    else:
                        best = 0
                        for i, a in enumerate(w):
                            if better(a, w[best]):
                                best = i
                        out.append(best + 1.0)
                return out


            def quantile(xs, n, q):
                out = []
                for w in win(xs, n):
                    v = sorted(ok(w))
                    if not v:
                        out.append(NAN)
                        continue
                    pos = q * (len(v) - 1)
                    lo, hi = math.floor(pos), math.ceil(pos)
                    out.append(v[lo] + (v[hi] - v[lo]) * (pos - lo))
                return out


            def rank(xs, n):
                out = []
                for w in win(xs, n):
                    cur, v = w[-1], ok(w)
                    if isnan(cur):
                        out.append(NAN)
                        continue
                    less = sum(1 for a in v if a < cur)
                    eq = sum(1 for a in v if a == cur)
                    out.append((less + (eq + 1) / 2) / len(v))
                return out


            def wma(xs, n):
                out = []
                for w in win(xs, n):
                    total_w = len(w) * (len(w) + 1) / 2
                    prods = [(i + 1) / total_w * a for i, a in enumerate(w) if not isnan(a)]
                    out.append(sum(prods) / len(prods) if prods else NAN)
                return out


            def ema(xs, n):
                alpha, out = 2 / (n + 1), []
                for t in range(len(xs)):
                    pts = [(t - i, a) for i, a in enumerate(xs[:t + 1]) if not isnan(a)]
                    if not pts:
                        out.append(NAN)
                        continue
                    num = sum((1 - alpha) ** age * a for age, a in pts)
                    den = sum((1 - alpha) ** age for age, a in pts)
                    out.append(num / den)
                return out


            def ols(xs, n, what):
                out = []
                for t in range(len(xs)):
                    pts = [(k, xs[t - n + k]) for k in range(1, n + 1) if t - n + k >= 0 and not isnan(xs[t - n + k])]
                    if len(pts) < 2:
                        out.append(NAN)
                        continue
                    xm = sum(p[0] for p in pts) / len(pts)
                    ym = sum(p[1] for p in pts) / len(pts)
                    sxx = sum((p[0] - xm) ** 2 for p in pts)
                    syy = sum((p[1] - ym) ** 2 for p in pts)
                    sxy = sum((p[0] - xm) * (p[1] - ym) for p in pts)
                    slope = sxy / sxx
                    if what == "slope":
                        out.append(slope)
                    elif what == "resi":
                        out.append(xs[t] - (slope * n + ym - slope * xm) if not isnan(xs[t]) else NAN)
                    else:
                        sd = std(xs, n)[t]
                        flat = not isnan(sd) and abs(sd) <= 2e-05
                        out.append(NAN if flat or syy == 0 else sxy * sxy / (sxx * syy))
                return out


            def pair(xs, ys, n, what):
                out, sx, sy = [], std(xs, n), std(ys, n)
                for t in range(len(xs)):
                    pts = [(a, b) for a, b in zip(xs[max(0, t - n + 1):t + 1], ys[max(0, t - n + 1):t + 1])
                           if not isnan(a) and not isnan(b)]
                    if len(pts) < 2:
                        out.append(NAN)
                        continue
                    am = sum(p[0] for p in pts) / len(pts)
                    bm = sum(p[1] for p in pts) / len(pts)
                    cov = sum((p[0] - am) * (p[1] - bm) for p in pts)
                    if what == "cov":
                        out.append(cov / (len(pts) - 1))
                        continue
                    flat = any(not isnan(s[t]) and abs(s[t]) <= 2e-05 for s in (sx, sy))
                    saa = sum((p[0] - am) ** 2 for p in pts)
                    sbb = sum((p[1] - bm) ** 2 for p in pts)
                    out.append(NAN if flat else cov / math.sqrt(saa * sbb))
                return out


            def ref(xs, n):
                if n == 0:
                    return [xs[0]] * len(xs)
                return [xs[t - n] if 0 <= t - n < len(xs) else NAN for t in range(len(xs))]


            def cmp(f):
                return lambda a, b: 1.0 if (not isnan(a) and not isnan(b) and f(a, b)) else 0.0


            add = nanop(lambda a, b: a + b)
            sub = nanop(lambda a, b: a - b)
            mul = nanop(lambda a, b: a * b)
            div = nanop(lambda a, b: a / b if b != 0 else math.copysign(math.inf, a) if a != 0 else NAN)


            def const(c, xs):
                return [c] * len(xs)


            def sign(a):
                return NAN if isnan(a) else (a > 0) - (a < 0)


            OPS = {
                "ADD": lambda d: elem(add, d["$close"], d["$open"]),
                "SUB": lambda d: elem(sub, d["$close"], elem(mul, const(2, d["$open"]), d["$open"])),
                "MUL": lambda d: elem(mul, d["$close"], d["$volume"]),
                "DIV": lambda d: elem(div, d["$close"], elem(add, d["$open"], const(1e-12, d["$open"]))),
                "POWER": lambda d: elem(nanop(lambda a: a * a), d["$close"]),
                "POWER_INFIX": lambda d: elem(nanop(lambda a: 1 / a), d["$close"]),
                "GT": lambda d: elem(cmp(lambda a, b: a > b), d["$close"], ref(d["$close"], 1)),
                "GE": lambda d: elem(cmp(lambda a, b: a >= b), d["$close"], d["$open"]),
                "LT": lambda d: elem(cmp(lambda a, b: a < b), d["$close"], ref(d["$close"], 1)),
                "LE": lambda d: elem(cmp(lambda a, b: a <= b), d["$close"], d["$open"]),
                "EQ": lambda d: elem(cmp(lambda a, b: a == b), d["$flat"], ref(d["$flat"], 1)),
                "NE": lambda d: elem(lambda a, b: 0.0 if (not isnan(a) and not isnan(b) and a == b) else 1.0,
                                     d["$flat"], ref(d["$flat"], 1)),
                "AND": lambda d: elem(lambda p, q: float(p == 1.0 and q == 1.0),
                                      elem(cmp(lambda a, b: a > b), d["$close"], d["$open"]),
                                      elem(cmp(lambda a, b: a > b), d["$volume"], ref(d["$volume"], 1))),
                "OR": lambda d: elem(lambda p, q: float(p == 1.0 or q == 1.0),
                                     elem(cmp(lambda a, b: a > b), d["$close"], d["$open"]),
                                     elem(cmp(lambda a, b: a > b), d["$volume"], ref(d["$volume"], 1))),
                "ABS": lambda d: elem(nanop(abs), elem(sub, d["$close"], d["$open"])),
                "SIGN": lambda d: elem(sign, elem(sub, d["$close"], d["$open"])),
                "LOG": lambda d: elem(nanop(math.log), elem(add, d["$volume"], const(1, d["$volume"]))),
                "GREATER": lambda d: elem(nanop(max), d["$close"], d["$open"]),
                "LESS": lambda d: elem(nanop(min), d["$close"], d["$open"]),
                "IF": lambda d: [h if (not isnan(c) and not isnan(o) and c > o) else l
                                 for c, o, h, l in zip(d["$close"], d["$open"], d["$high"], d["$low"])],
                "REF": lambda d: ref(d["$close"], 2),
                "REF_FUTURE": lambda d: ref(d["$close"], -1),
                "REF_FIRST": lambda d: ref(d["$close"], 0),
                "DELTA": lambda d: elem(sub, d["$close"], ref(d["$close"], 3)),
                "MEAN": lambda d: mean(d["$close"], 4),
                "SUM": lambda d: total(d["$close"], 4),
                "STD": lambda d: std(d["$close"], 4),
                "VAR": lambda d: var(d["$close"], 4),
                "MAX": lambda d: wmax(d["$close"], 4),
                "MIN": lambda d: wmin(d["$close"], 4),
                "MED": lambda d: med(d["$close"], 4),
                "MAD": lambda d: mad(d["$close"], 4),
                "IDXMAX": lambda d: idx(d["$close"], 4, lambda a, b: a > b),
                "IDXMIN": lambda d: idx(d["$close"], 4, lambda a, b: a < b),
                "QUANTILE": lambda d: quantile(d["$close"], 5, 0.8),
                "RANK": lambda d: rank(d["$close"], 5),
                "SLOPE": lambda d: ols(d["$close"], 5, "slope"),
                "RSQUARE": lambda d: ols(d["$close"], 5, "rsquare"),
                "RESI": lambda d: ols(d["$close"], 5, "resi"),
                "WMA": lambda d: wma(d["$close"], 4),
                "EMA": lambda d: ema(d["$close"], 4),
                "CORR": lambda d: pair(d["$close"], d["$volume"], 5, "corr"),
                "COV": lambda d: pair(d["$close"], d["$volume"], 5, "cov"),
            }


            def roc(c, n):
                return elem(div, ref(c, n), c)


            def chg(d):
                return elem(sub, elem(div, d["$close"], ref(d["$close"], 1)), const(1, d["$close"]))


            def ratio(v):
                return elem(div, v, ref(v, 1))


            def diff(v):
                return elem(sub, v, ref(v, 1))


            WHOLE = {
                "KMID": lambda d: elem(div, elem(sub, d["$close"], d["$open"]), d["$open"]),
                "ROC5": lambda d: roc(d["$close"], 5),
                "MA20": lambda d: elem(div, mean(d["$close"], 20), d["$close"]),
                "STD20": lambda d: elem(div, std(d["$close"], 20), d["$close"]),
                "BETA5": lambda d: elem(div, ols(d["$close"], 5, "slope"), d["$close"]),
                "RSQR10": lambda d: ols(d["$close"], 10, "rsquare"),
                "RESI5": lambda d: elem(div, ols(d["$close"], 5, "resi"), d["$close"]),
                "CORR20": lambda d: pair(d["$close"], elem(nanop(lambda v: math.log(v + 1)), d["$volume"]), 20, "corr"),
                "CORD10": lambda d: pair(elem(div, d["$close"], ref(d["$close"], 1)),
                                         elem(nanop(lambda v: math.log(v + 1)), ratio(d["$volume"])), 10, "corr"),
                "IMAX20": lambda d: [a / 20 for a in idx(d["$high"], 20, lambda a, b: a > b)],
                "QTLU5": lambda d: elem(div, quantile(d["$close"], 5, 0.8), d["$close"]),
                "RANK10": lambda d: rank(d["$close"], 10),
                "VSUMP5": lambda d: elem(div, total(elem(nanop(lambda a: max(a, 0)), diff(d["$volume"])), 5),
                                         elem(add, total(elem(nanop(abs), diff(d["$volume"])), 5),
                                              const(1e-12, d["$volume"]))),
                "WVMA60": lambda d: elem(div, std(elem(mul, elem(nanop(abs), chg(d)), d["$volume"]), 60),
                                         elem(add, mean(elem(mul, elem(nanop(abs), chg(d)), d["$volume"]), 60),
                                              const(1e-12, d["$volume"]))),
            }


            def frame(lengths, seed, nan_every):
                rng = np.random.default_rng(seed)
                days = pd.bdate_range("2023-01-02", periods=max(lengths))
                rows = []
                for k, n in enumerate(lengths):
                    inst = "SH60%04d" % k
                    close = 10 + np.cumsum(rng.normal(0, 0.3, n))
                    for i, day in enumerate(days[len(days) - n:]):
                        c = close[i]
                        o = c + rng.normal(0, 0.2)
                        rows.append((day, inst, o, c, max(o, c) + abs(rng.normal(0, 0.1)),
                                     min(o, c) - abs(rng.normal(0, 0.1)), rng.uniform(1e5, 1e6), (o + c) / 2,
                                     float(i // 3 % 2) if k == 3 else float(i % 3 == 0)))
                df = pd.DataFrame(rows, columns=["datetime", "instrument", "$open", "$close", "$high", "$low",
                                                 "$volume", "$vwap", "$flat"]).set_index(["datetime", "instrument"])
                df = df.sort_index()
                if nan_every:
                    df.iloc[::nan_every, df.columns.get_loc("$close")] = np.nan
                    df.iloc[3::nan_every + 2, df.columns.get_loc("$volume")] = np.nan
                    if len(lengths) > 3:  # a flat stretch: Corr and Rsquare must mask it
                        flat = df.index.get_level_values("instrument") == "SH600003"
                        df.loc[flat, "$close"] = np.where(np.arange(flat.sum()) < 6, 10.0, df.loc[flat, "$close"])
                return df


            def per_instrument(df):
                out = {}
                for inst, g in df.groupby(level="instrument", sort=False):
                    out[inst] = ({c: [float(v) for v in g[c]] for c in df.columns}, g.index)
                return out


            # Cov's products of prices and volumes (~1e6) leave pandas' one-pass formula an absolute error near 1e-9
            ATOL = {"COV": 1e-6}


            def compare(got, df, ref_fn, atol=1e-10):
                want = pd.Series(np.nan, index=df.index)
                for inst, (cols, index) in per_instrument(df).items():
                    want.loc[index] = ref_fn(cols)
                if not got.index.equals(df.index):
                    return "index differs from df.index"
                g, w = got.to_numpy(dtype="float64"), want.to_numpy(dtype="float64")
                bad = ~((np.isnan(g) & np.isnan(w)) | np.isclose(g, w, rtol=1e-7, atol=atol))
                if bad.any():
                    i = int(np.argmax(bad))
                    return "%d values differ, first at %s: got %r, want %r" % (bad.sum(), df.index[i], g[i], w[i])
                return "ok" if np.isfinite(g).sum() > 0 else "no finite value"


            report = {"operators": {}, "all": {}, "whole": {}}
            ops = load(sys.argv[1], "ops_under_test")
            small = frame([40, 6, 2, 12], 11, 7)
            for name, ref_fn in OPS.items():
                try:
                    got = ops.ALPHA158_FUNCTIONS[name](small.iloc[::-1])  # any row order: the result follows df
                    result = compare(got.iloc[::-1], small, ref_fn, ATOL.get(name, 1e-10))
                    report["operators"][name] = result if got.name == name else "name " + str(got.name)
                except Exception as e:
                    report["operators"][name] = "raised %r" % (e,)

            sys.path.insert(0, sys.argv[2])
            from rd_factors_lib import alpha158
            from rd_factors_lib.alpha158 import alpha158_kmid
            big = frame([300, 300, 300], 5, 0)
            big.iloc[[10, 400, 777], big.columns.get_loc("$close")] = np.nan
            snapshot = big.copy()
            for name, fn in alpha158.ALPHA158_FUNCTIONS.items():
                try:
                    got = fn(big)
                    good = isinstance(got, pd.Series) and got.index.equals(big.index) and got.name == name \\
                        and got.dtype == np.float64
                    report["all"][name] = "ok" if good else "bad result %r %r" % (type(got), getattr(got, "name", None))
                except Exception as e:
                    report["all"][name] = "raised %r" % (e,)
            report["unchanged_input"] = bool(big.equals(snapshot))
            report["kmid_import"] = compare(alpha158_kmid(big), big, WHOLE["KMID"])
            for name, ref_fn in WHOLE.items():
                report["whole"][name] = compare(alpha158.ALPHA158_FUNCTIONS[name](big), big, ref_fn)
            print(json.dumps(report))
            """;

    private static JsonNode report;
    private static int canonicalCount;

    @BeforeAll
    static void runPythonOnce(@TempDir Path dir) throws Exception {
        Python.assumePandas();
        List<Alpha158Definition> canonical = new ArrayList<>();
        for (JsonNode f : PythonJson.parse(Files.readAllBytes(CANONICAL), CANONICAL.toString()).path("factors")) {
            canonical.add(new Alpha158Definition(f.path("name").asText(), f.path("expression").asText()));
        }
        canonicalCount = canonical.size();
        FactorPackage lib = FactorPackage.init(dir.resolve("lib"));
        Alpha158Publisher.publish(lib, canonical, Bump.PATCH);

        List<Alpha158Definition> operators = new ArrayList<>();
        OPERATOR_CASES.forEach((name, expression) -> operators.add(new Alpha158Definition(name, expression)));
        FactorPackage ops = FactorPackage.init(dir.resolve("ops"));
        Alpha158Publisher.publish(ops, operators, Bump.PATCH);

        Path script = dir.resolve("check_alpha158.py");
        Files.writeString(script, SCRIPT);
        Python.Run run = Python.run(List.of(Python.SYSTEM.toString(), script.toString(),
                ops.root().resolve("rd_factors_lib/alpha158.py").toString(), lib.root().toString()),
                Map.of("PYTHONDONTWRITEBYTECODE", "1"));
        assertThat(run.exit()).as(run.stderr()).isZero();
        report = PythonJson.parse(run.stdout().strip().getBytes(java.nio.charset.StandardCharsets.UTF_8), "report");
    }

    @Test
    void everyOperatorMatchesALoopOverEachInstrumentsValues() {
        Map<String, String> failures = failures(report.path("operators"));
        assertThat(report.path("operators").size()).isEqualTo(OPERATOR_CASES.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void allCanonicalFactorsRunAndReturnAFloatSeriesOnTheFramesIndex() {
        assertThat(report.path("all").size()).isEqualTo(canonicalCount).isEqualTo(158);
        assertThat(failures(report.path("all"))).isEmpty();
        assertThat(report.path("unchanged_input").booleanValue()).isTrue();
    }

    @Test
    void selectedFactorsMatchTheirQlibDefinitionValueByValue() {
        assertThat(report.path("whole").size()).isEqualTo(WHOLE_FACTORS.size());
        assertThat(failures(report.path("whole"))).isEmpty();
    }

    @Test
    void researchScriptsImportAlpha158FunctionsFromThePackage() {
        assertThat(report.path("kmid_import").asText()).isEqualTo("ok");
    }

    private static Map<String, String> failures(JsonNode results) {
        Map<String, String> out = new LinkedHashMap<>();
        results.fields().forEachRemaining(e -> {
            if (!e.getValue().asText().equals("ok")) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
