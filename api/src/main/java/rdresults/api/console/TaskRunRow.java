package rdresults.api.console;

import io.quarkus.qute.TemplateData;
/** One line of the task run table. */
@TemplateData
public record TaskRunRow(String taskRunId, String status, String scenario, String created, String updated,
                         long loops, long resultLoops, Num bestSharpe, String loopsHref) {
}
