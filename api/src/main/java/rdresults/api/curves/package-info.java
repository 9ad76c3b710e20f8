/**
 * A loop's backtest return series ({@code ret_schema.json} / {@code ret_schema.parquet} of its workspace), the curves
 * Qlib's report graph derives from it, and their thinning for charts. Never reads {@code ret.pkl}.
 */
package rdresults.api.curves;
