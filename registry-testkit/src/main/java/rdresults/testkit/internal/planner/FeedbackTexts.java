package rdresults.testkit.internal.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import rdresults.testkit.internal.content.QlibMetrics;
import rdresults.testkit.internal.plan.Feedback;

/** Writes feedback in the mixed Chinese/English voice of RD-Agent's LLM summaries. */
final class FeedbackTexts {

    private static final String RANGE = "(2024-07-01 ~ 2025-11-28)";

    private static final List<String> CRITIC = List.of(
            "Use groupby('instrument') before rolling to avoid cross-stock leakage",
            "Avoid hard-coding the HDF5 key; read it from the config",
            "缺少对除零的保护，建议分母加上1e-12");

    private static final List<String> LIMITATIONS = List.of(
            "未考虑停牌股票的处理 (suspended stocks are forward-filled)",
            "Lookback window fixed; no parameter search",
            "样本外区间较短，仅覆盖约17个月");

    private FeedbackTexts() {
    }

    /**
     * @param subject   the factor or model the hypothesis is about
     * @param market    the YAML's market, quoted in the execution text
     * @param columns   number of feature columns the backtest used
     * @param window    the subject's lookback window in days
     */
    static Feedback draw(SplittableRandom random, String subject, QlibMetrics metrics, String market, int columns,
                         int window) {
        boolean decision = random.nextBoolean();
        double ic = metrics.get(QlibMetrics.IC);
        double rankIc = metrics.get(QlibMetrics.RANK_IC);
        double annWith = metrics.get(QlibMetrics.WITH_COST + QlibMetrics.ANNUALIZED);
        double mddWith = metrics.get(QlibMetrics.WITH_COST + QlibMetrics.MAX_DRAWDOWN);
        List<String> sentences = new ArrayList<>(List.of(
                format("Backtest on %s finished without errors %s; IC=%.4f, Rank IC=%.4f.", market, RANGE, ic, rankIc),
                format("新因子与现有SOTA因子的平均相关系数约为%.2f，冗余度较低。", random.nextDouble() * 0.6),
                format("回测正常完成，组合包含%d个因子列，未出现数据缺失告警。", columns),
                format("Execution succeeded. The new factor columns have %.1f%% non-NaN coverage after the warm-up"
                        + " window.", 80 + random.nextDouble() * 15)));
        String first = sentences.remove(random.nextInt(sentences.size()));
        String execution = first + " " + sentences.get(random.nextInt(sentences.size()));
        String hypothesis = switch (random.nextInt(3)) {
            case 0 -> "Next, combine " + subject
                    + " with a volatility filter so that the signal is only used in low-volatility regimes.";
            case 1 -> "Test a longer 40-day variant of " + subject
                    + " and cap position weights at 5% to reduce turnover.";
            default -> "下一步：在" + subject + "的基础上引入行业中性化处理，检验收益是否来自行业暴露。";
        };
        String value = decision
                ? (random.nextBoolean()
                    ? format("假设得到验证：年化超额收益提升至%.2f%%，最大回撤控制在%.2f%%以内。", annWith * 100, mddWith * 100)
                    : format("The hypothesis is supported: annualized excess return (with cost) improved to %.2f%% and"
                        + " IC rose to %.4f.", annWith * 100, ic))
                : (random.nextBoolean()
                    ? format("假设未得到支持：IC仅为%.4f，信息比率下降，新因子带来的增益不足以覆盖交易成本。", ic)
                    : format("The hypothesis is not supported: annualized excess return fell to %.2f%% and the drawdown"
                        + " deepened to %.2f%%.", annWith * 100, mddWith * 100));
        String shape = switch (random.nextInt(3)) {
            case 0 -> "The signal decays quickly after " + window
                    + " days, which is consistent with a liquidity-driven explanation.";
            case 1 -> format("因子在小市值股票上表现更好，但换手率偏高（约%.0f%%），扣费后收益被侵蚀。",
                    metrics.turnover() * 100);
            default -> "Short-horizon price-volume signals are already covered by the SOTA set; gains come from the "
                    + window + "-day window.";
        };
        List<String> critic = random.nextInt(3) == 0 ? pick(random, CRITIC, 1 + random.nextInt(2)) : List.of();
        List<String> limitations = critic.isEmpty() ? List.of() : pick(random, LIMITATIONS, 1);
        return new Feedback(decision, hypothesis, execution, value, shape, critic, limitations);
    }

    private static List<String> pick(SplittableRandom random, List<String> pool, int count) {
        List<String> left = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            out.add(left.remove(random.nextInt(left.size())));
        }
        return out;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
