package rdresults.factorlib.internal.alpha158;

/**
 * The fixed part of {@code alpha158.py}: one pandas helper per Qlib operator, each preceded by the rule Qlib's
 * {@code qlib/data/ops.py} (microsoft/qlib, read at commit 53ad2ff7) and {@code qlib/data/_libs/rolling.pyx} apply,
 * so a reader can check the translation operator by operator. Generated factor functions only compose these.
 */
public final class Alpha158Prelude {

    /** Python source, ending with a blank line. */
    public static final String TEXT = """
            import numpy as np
            import pandas as pd

            # Qlib evaluates an expression on one instrument's series at a time, over its bars in time order. Here every
            # time-series helper groups by the "instrument" index level; the rows of an instrument are its bars. Qlib's
            # data is dense on the trading calendar (a suspended day is a NaN bar), so pass such days as NaN rows rather
            # than dropping them to get Qlib's values.


            def _frame(df):
                # rows in (datetime, instrument) order, so each instrument's rows are in time order
                if list(df.index.names) != ["datetime", "instrument"]:
                    raise ValueError("expected a MultiIndex (datetime, instrument), got %s" % (list(df.index.names),))
                return df if df.index.is_monotonic_increasing else df.sort_index()


            def _col(x, name):
                # Feature("$name"): the column as float64
                return x[name].astype("float64")


            def _result(df, x, values, name):
                # the factor in df's row order, named after the factor
                if not isinstance(values, pd.Series):
                    values = pd.Series(values, index=x.index)
                return values.astype("float64").reindex(df.index).rename(name)


            def _by_instrument(s, fn):
                return s.groupby(level="instrument", sort=False, group_keys=False).transform(fn)


            def _pair_by_instrument(a, b, fn):
                b_groups = dict(tuple(b.groupby(level="instrument", sort=False)))
                parts = [fn(ga, b_groups[key]) for key, ga in a.groupby(level="instrument", sort=False)]
                return pd.concat(parts).reindex(a.index) if parts else a.astype("float64")


            def _rolling(s, n, method, *args):
                # Rolling(feature, N): getattr(series.rolling(N, min_periods=1), func)(); a window with no valid value is
                # NaN, a shorter history uses what it has
                return _by_instrument(s, lambda g: getattr(g.rolling(n, min_periods=1), method)(*args))


            def _rolling_apply(s, n, fn):
                return _by_instrument(s, lambda g: g.rolling(n, min_periods=1).apply(fn, raw=True))


            # Gt/Ge/Lt/Le/Eq/Ne: np.greater, np.greater_equal, ... element-wise; a comparison with NaN is False
            def _gt(a, b):
                return np.greater(a, b)


            def _ge(a, b):
                return np.greater_equal(a, b)


            def _lt(a, b):
                return np.less(a, b)


            def _le(a, b):
                return np.less_equal(a, b)


            def _eq(a, b):
                return np.equal(a, b)


            def _ne(a, b):
                return np.not_equal(a, b)


            # And/Or: np.bitwise_and / np.bitwise_or (boolean inputs)
            def _and(a, b):
                return np.bitwise_and(a, b)


            def _or(a, b):
                return np.bitwise_or(a, b)


            # Power(feature, exponent): np.power
            def _power(a, b):
                return np.power(a, b)


            # Abs: np.abs
            def _abs(a):
                return np.abs(a)


            # Sign: np.sign of the series cast to float32 (Qlib casts so boolean inputs work)
            def _sign(a):
                return np.sign(a.astype(np.float32))


            # Log: np.log (log of 0 is -inf, of a negative number NaN)
            def _log(a):
                return np.log(a)


            # Greater/Less: np.maximum / np.minimum element-wise; NaN on either side gives NaN
            def _greater(a, b):
                return np.maximum(a, b)


            def _less(a, b):
                return np.minimum(a, b)


            # If(cond, a, b): np.where(cond, a, b) on the condition's index (a NaN condition counts as true)
            def _if(cond, a, b):
                return pd.Series(np.where(cond, a, b), index=cond.index)


            # Ref(feature, N): series.shift(N) per instrument; N > 0 looks back, N < 0 forward, N = 0 is the first value
            def _ref(s, n):
                if n == 0:
                    return _by_instrument(s, lambda g: pd.Series(g.iloc[0], index=g.index))
                return _by_instrument(s, lambda g: g.shift(n))


            # Delta(feature, N): series - series.shift(N)
            def _delta(s, n):
                return _by_instrument(s, lambda g: g - g.shift(n))


            # Mean, Sum, Std, Var, Max, Min, Med: pandas rolling(N, min_periods=1) mean/sum/std/var/max/min/median;
            # Std and Var use ddof=1, so a window with one valid value is NaN
            def _mean(s, n):
                return _rolling(s, n, "mean")


            def _sum(s, n):
                return _rolling(s, n, "sum")


            def _std(s, n):
                return _rolling(s, n, "std")


            def _var(s, n):
                return _rolling(s, n, "var")


            def _max(s, n):
                return _rolling(s, n, "max")


            def _min(s, n):
                return _rolling(s, n, "min")


            def _med(s, n):
                return _rolling(s, n, "median")


            # Quantile(feature, N, q): rolling(N, min_periods=1).quantile(q), linear interpolation over valid values
            def _quantile(s, n, q):
                return _rolling(s, n, "quantile", q)


            # Rank(feature, N): rolling(N, min_periods=1).rank(pct=True): the average rank of the current value among the
            # window's valid values divided by their count; NaN when the current value is NaN
            def _rank(s, n):
                return _by_instrument(s, lambda g: g.rolling(n, min_periods=1).rank(pct=True))


            # IdxMax/IdxMin(feature, N): rolling(N, min_periods=1).apply(lambda x: x.argmax() + 1, raw=True): the 1-based
            # position in the window (oldest = 1) of the first maximum; numpy's argmax picks the first NaN if any
            def _idxmax(s, n):
                return _rolling_apply(s, n, lambda a: a.argmax() + 1)


            def _idxmin(s, n):
                return _rolling_apply(s, n, lambda a: a.argmin() + 1)


            # Mad(feature, N): mean absolute deviation around the mean of the window's valid values
            def _mad_window(a):
                v = a[~np.isnan(a)]
                return np.mean(np.abs(v - v.mean()))


            def _mad(s, n):
                return _rolling_apply(s, n, _mad_window)


            # WMA(feature, N): weights 1..len(window) normalised to sum 1, then np.nanmean(w * x) (the mean over the valid
            # products, as Qlib writes it)
            def _wma_window(a):
                w = np.arange(len(a)) + 1
                w = w / w.sum()
                return np.nanmean(w * a)


            def _wma(s, n):
                return _rolling_apply(s, n, _wma_window)


            # EMA(feature, N): series.ewm(span=N, min_periods=1).mean() (adjusted weights over the whole history)
            def _ema(s, n):
                return _by_instrument(s, lambda g: g.ewm(span=n, min_periods=1).mean())


            # Slope/Rsquare/Resi(feature, N), Qlib's rolling.pyx: the window holds the last N bars at x = 1..N (newest N,
            # bars before the first are empty slots); NaN values are left out but keep their x; ordinary least squares of
            # y on x over the valid points:
            #   slope = (n*Sxy - Sx*Sy) / (n*Sxx - Sx^2)     (NaN with fewer than two valid points)
            #   resi  = y_now - (slope*N + (Sy/n - slope*Sx/n))   (NaN when the current value is NaN)
            #   rsquare = ((n*Sxy - Sx*Sy) / sqrt((n*Sxx - Sx^2) * (n*Syy - Sy^2)))^2, and NaN where
            #             np.isclose(rolling(N, min_periods=1).std(), 0, atol=2e-05)
            def _ols_sums(values, n):
                v = np.asarray(values, dtype="float64")
                w = np.lib.stride_tricks.sliding_window_view(np.concatenate([np.full(n - 1, np.nan), v]), n)
                ok = ~np.isnan(w)
                x = np.arange(1, n + 1, dtype="float64")
                y = np.where(ok, w, 0.0)
                cnt = ok.sum(axis=1).astype("float64")
                sx = (ok * x).sum(axis=1)
                sxx = (ok * x * x).sum(axis=1)
                return v, cnt, sx, sxx, y.sum(axis=1), (y * y).sum(axis=1), (y * x).sum(axis=1)


            def _slope_values(values, n):
                v, cnt, sx, sxx, sy, syy, sxy = _ols_sums(values, n)
                with np.errstate(divide="ignore", invalid="ignore"):
                    return (cnt * sxy - sx * sy) / (cnt * sxx - sx * sx)


            def _resi_values(values, n):
                v, cnt, sx, sxx, sy, syy, sxy = _ols_sums(values, n)
                with np.errstate(divide="ignore", invalid="ignore"):
                    slope = (cnt * sxy - sx * sy) / (cnt * sxx - sx * sx)
                    return v - (slope * n + (sy / cnt - slope * sx / cnt))


            def _rsquare_values(values, n):
                v, cnt, sx, sxx, sy, syy, sxy = _ols_sums(values, n)
                with np.errstate(divide="ignore", invalid="ignore"):
                    r = (cnt * sxy - sx * sy) / np.sqrt((cnt * sxx - sx * sx) * (cnt * syy - sy * sy))
                return r * r


            def _slope(s, n):
                return _by_instrument(s, lambda g: pd.Series(_slope_values(g.values, n), index=g.index))


            def _resi(s, n):
                return _by_instrument(s, lambda g: pd.Series(_resi_values(g.values, n), index=g.index))


            def _rsquare(s, n):
                def one(g):
                    r = pd.Series(_rsquare_values(g.values, n), index=g.index)
                    r.loc[np.isclose(g.rolling(n, min_periods=1).std(), 0, atol=2e-05)] = np.nan
                    return r
                return _by_instrument(s, one)


            # Corr(a, b, N): a.rolling(N, min_periods=1).corr(b) (pairs where both are valid), then NaN where either side's
            # own rolling(N, min_periods=1).std() is close to 0 (np.isclose, atol=2e-05)
            def _corr(a, b, n):
                def one(ga, gb):
                    r = ga.rolling(n, min_periods=1).corr(gb)
                    flat = np.isclose(ga.rolling(n, min_periods=1).std(), 0, atol=2e-05) | np.isclose(
                        gb.rolling(n, min_periods=1).std(), 0, atol=2e-05)
                    r.loc[flat] = np.nan
                    return r
                return _pair_by_instrument(a, b, one)


            # Cov(a, b, N): a.rolling(N, min_periods=1).cov(b) (pairs where both are valid, ddof=1)
            def _cov(a, b, n):
                return _pair_by_instrument(a, b, lambda ga, gb: ga.rolling(n, min_periods=1).cov(gb))

            """;

    private Alpha158Prelude() {
    }
}
