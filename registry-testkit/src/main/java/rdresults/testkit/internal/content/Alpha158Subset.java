package rdresults.testkit.internal.content;

import java.util.List;

/** The 20 Alpha158 features the fork's YAML templates list (contract §3), in their order. */
public final class Alpha158Subset {

    public static final List<String> NAMES = List.of("RESI5", "WVMA5", "RSQR5", "KLEN", "RSQR10", "CORR5", "CORD5",
            "CORR10", "ROC60", "RESI10", "VSTD5", "RSQR60", "CORR60", "WVMA60", "STD5", "RSQR20", "CORD60", "CORD10",
            "CORR20", "KLOW");

    public static final List<String> EXPRESSIONS = List.of("Resi($close, 5)/$close",
            "Std(Abs($close/Ref($close, 1)-1)*$volume, 5)/(Mean(Abs($close/Ref($close, 1)-1)*$volume, 5)+1e-12)",
            "Rsquare($close, 5)", "($high-$low)/$open", "Rsquare($close, 10)", "Corr($close, Log($volume+1), 5)",
            "Corr($close/Ref($close,1), Log($volume/Ref($volume, 1)+1), 5)", "Corr($close, Log($volume+1), 10)",
            "Ref($close, 60)/$close", "Resi($close, 10)/$close", "Std($volume, 5)/($volume+1e-12)",
            "Rsquare($close, 60)", "Corr($close, Log($volume+1), 60)",
            "Std(Abs($close/Ref($close, 1)-1)*$volume, 60)/(Mean(Abs($close/Ref($close, 1)-1)*$volume, 60)+1e-12)",
            "Std($close, 5)/$close", "Rsquare($close, 20)",
            "Corr($close/Ref($close,1), Log($volume/Ref($volume, 1)+1), 60)",
            "Corr($close/Ref($close,1), Log($volume/Ref($volume, 1)+1), 10)", "Corr($close, Log($volume+1), 20)",
            "(Less($open, $close)-$low)/$open");

    private Alpha158Subset() {
    }
}
