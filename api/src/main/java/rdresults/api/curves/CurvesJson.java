package rdresults.api.curves;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import rdresults.model.PythonJson;

/** The curves answer as strict JSON: one array per series, aligned with {@code dates}; NaN is written as null. */
final class CurvesJson {

    private CurvesJson() {
    }

    static byte[] write(LoopCurves loop, Thinning thinning) {
        ReportCurves c = loop.curves();
        BitSet keep = thinning.keep(c);
        ObjectNode body = PythonJson.nodes().objectNode();
        body.put("task_run_id", loop.key().taskRunId());
        body.put("loop_id", loop.key().loopId());
        body.put("workspace_id", loop.workspaceId());
        body.put("source_file", loop.fileName());
        body.put("points", c.series().size());
        body.put("returned_points", keep.cardinality());
        ArrayNode dates = body.putArray("dates");
        keep.stream().forEach(i -> dates.add(c.series().dates().get(i).toString()));
        series(body, "return", c.series().returns(), keep);
        series(body, "cost", c.series().cost(), keep);
        series(body, "bench", c.series().bench(), keep);
        series(body, "turnover", c.series().turnover(), keep);
        series(body, "cum_return_wo_cost", c.cumReturnWoCost(), keep);
        series(body, "cum_return_w_cost", c.cumReturnWCost(), keep);
        series(body, "cum_bench", c.cumBench(), keep);
        series(body, "cum_excess_wo_cost", c.cumExcessWoCost(), keep);
        series(body, "cum_excess_w_cost", c.cumExcessWCost(), keep);
        series(body, "drawdown_excess_wo_cost", c.drawdownExcessWoCost(), keep);
        series(body, "drawdown_excess_w_cost", c.drawdownExcessWCost(), keep);
        ObjectNode mdd = body.putObject("max_drawdown");
        maxDrawdown(mdd, "excess_wo_cost", c.maxDrawdownExcessWoCost());
        maxDrawdown(mdd, "excess_w_cost", c.maxDrawdownExcessWCost());
        return PythonJson.dumpCompact(body).getBytes(StandardCharsets.UTF_8);
    }

    private static void series(ObjectNode body, String name, double[] values, BitSet keep) {
        ArrayNode out = body.putArray(name);
        keep.stream().forEach(i -> {
            if (Double.isFinite(values[i])) {
                out.add(values[i]);
            } else {
                out.addNull();
            }
        });
    }

    private static void maxDrawdown(ObjectNode parent, String name, Optional<ReportCurves.MaxDrawdown> mdd) {
        if (mdd.isEmpty()) {
            parent.putNull(name);
            return;
        }
        ObjectNode o = parent.putObject(name);
        o.put("value", mdd.get().value());
        o.put("peak_date", mdd.get().peakDate().toString());
        o.put("trough_date", mdd.get().troughDate().toString());
    }
}
