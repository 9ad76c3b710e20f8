package rdresults.testkit.internal.planner;

import java.util.List;
import rdresults.testkit.internal.content.FactorTemplate;

/** The factor kinds RD-Agent typically proposes, with windows of 5, 10, 20 or 60 days. */
final class FactorVocabulary {

    static final List<Integer> WINDOWS = List.of(5, 10, 20, 60);

    static final List<FactorTemplate> TEMPLATES = List.of(
            new FactorTemplate("Momentum", "$close/Ref($close, {N}) - 1",
                    "过去{N}个交易日的价格动量，衡量短期趋势强度。", List.of("close"),
                    List.of("    result = close / close.shift({N}) - 1")),
            new FactorTemplate("Reversal", "-1 * ($close/Ref($close, {N}) - 1)",
                    "{N}日反转因子：过去涨幅越大，未来收益越低。", List.of("close"),
                    List.of("    result = -(close / close.shift({N}) - 1)")),
            new FactorTemplate("Volatility", "Std($close/Ref($close, 1) - 1, {N})",
                    "{N}日收益率标准差，刻画价格波动水平。", List.of("close"),
                    List.of("    result = close.pct_change().rolling({N}).std()")),
            new FactorTemplate("Volume_Spike", "$volume/(Mean($volume, {N}) + 1e-12)",
                    "当日成交量相对{N}日均量的放大倍数。", List.of("volume"),
                    List.of("    result = volume / (volume.rolling({N}).mean() + 1e-12)")),
            new FactorTemplate("Return_Skewness", "Skew($close/Ref($close, 1) - 1, {N})",
                    "Skewness of daily returns over {N} days.", List.of("close"),
                    List.of("    result = close.pct_change().rolling({N}).skew()")),
            new FactorTemplate("Volume_Weighted_Momentum",
                    "Sum(($close/Ref($close, 1) - 1) * $volume, {N})/(Sum($volume, {N}) + 1e-12)",
                    "成交量加权的{N}日动量。", List.of("close", "volume"),
                    List.of("    ret = close.pct_change()",
                            "    result = (ret * volume).rolling({N}).sum() / (volume.rolling({N}).sum() + 1e-12)")),
            new FactorTemplate("Upper_Shadow_Ratio",
                    "Mean(($high - Greater($open, $close))/($high - $low + 1e-12), {N})",
                    "{N}日平均上影线占比。", List.of("close", "open", "high", "low"),
                    List.of("    upper_shadow = high - np.maximum(open_, close)",
                            "    result = (upper_shadow / (high - low + 1e-12)).rolling({N}).mean()")),
            new FactorTemplate("Overnight_Gap", "Mean($open/Ref($close, 1) - 1, {N})",
                    "{N}日平均隔夜跳空收益。", List.of("close", "open"),
                    List.of("    result = (open_ / close.shift(1) - 1).rolling({N}).mean()")),
            new FactorTemplate("Money_Flow_Imbalance",
                    "Sum(If($close > Ref($close, 1), $amount, -1 * $amount), {N})/(Sum($amount, {N}) + 1e-12)",
                    "Signed traded-amount imbalance over {N} days.", List.of("close", "volume"),
                    List.of("    amount = close * volume  # daily_pv.h5 has no $amount column",
                            "    signed_amount = amount.where(close > close.shift(1), -amount)",
                            "    result = signed_amount.rolling({N}).sum() / (amount.rolling({N}).sum() + 1e-12)")),
            new FactorTemplate("Bollinger_Width", "4 * Std($close, {N})/(Mean($close, {N}) + 1e-12)",
                    "{N}日布林带宽度。", List.of("close"),
                    List.of("    result = 4 * close.rolling({N}).std() / (close.rolling({N}).mean() + 1e-12)")),
            new FactorTemplate("Close_Position",
                    "($close - Min($low, {N}))/(Max($high, {N}) - Min($low, {N}) + 1e-12)",
                    "收盘价在{N}日高低区间中的相对位置。", List.of("close", "high", "low"),
                    List.of("    lowest = low.rolling({N}).min()",
                            "    result = (close - lowest) / (high.rolling({N}).max() - lowest + 1e-12)")),
            new FactorTemplate("Price_Volume_Corr", "Corr($close, Log($volume + 1), {N})",
                    "{N}日收盘价与对数成交量的滚动相关系数。", List.of("close", "volume"),
                    List.of("    result = close.rolling({N}).corr(np.log(volume + 1))")),
            new FactorTemplate("Volume_Ratio", "Mean($volume, {N})/(Mean($volume, {M}) + 1e-12)",
                    "短期与长期成交量均值之比（{N}日/{M}日）。", List.of("volume"),
                    List.of("    result = volume.rolling({N}).mean() / (volume.rolling({M}).mean() + 1e-12)")),
            new FactorTemplate("Liquidity_Adjusted_Momentum",
                    "($close/Ref($close, {N}) - 1)/(Log(Mean($close * $volume, {N}) + 1) + 1e-12)",
                    "Momentum over {N} days scaled by the log of average traded value.", List.of("close", "volume"),
                    List.of("    dollar_volume = (close * volume).rolling({N}).mean()",
                            "    result = (close / close.shift({N}) - 1) / (np.log(dollar_volume + 1) + 1e-12)")),
            new FactorTemplate("Intraday_Amplitude", "Mean(($high - $low)/Ref($close, 1), {N})",
                    "{N}日平均日内振幅。", List.of("close", "high", "low"),
                    List.of("    result = ((high - low) / close.shift(1)).rolling({N}).mean()")));

    private FactorVocabulary() {
    }
}
