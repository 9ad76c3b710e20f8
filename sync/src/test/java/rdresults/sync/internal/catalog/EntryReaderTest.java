package rdresults.sync.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;
import rdresults.sync.MalformedPayloadException;

class EntryReaderTest {

    private static EntryReader entry(String json) {
        return EntryReader.of("loops", "loops[3]", PythonJson.parse(json, "test"));
    }

    @Test
    void wrongTypeNamesResourceAndFieldPath() {
        assertThatThrownBy(() -> entry("{\"loop_id\":\"7\"}").requiredInteger("loop_id"))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.resource()).isEqualTo("loops");
                    assertThat(e.field()).isEqualTo("loops[3].loop_id");
                })
                .hasMessage("loops: malformed payload at loops[3].loop_id: expected an integer, got a string;"
                        + " nothing was written");
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        EntryReader e = entry("{\"summary_texts\":{\"execution\":5}}");
        assertThatThrownBy(() -> e.object("summary_texts").text("execution"))
                .hasMessageContaining("at loops[3].summary_texts.execution: expected a string, got an integer");
    }

    @Test
    void missingAndEmptyKeysAreRejected() {
        assertThatThrownBy(() -> entry("{}").requiredText("task_run_id"))
                .hasMessageContaining("loops[3].task_run_id: required key field is missing");
        assertThatThrownBy(() -> entry("{\"task_run_id\":\"\"}").requiredText("task_run_id"))
                .hasMessageContaining("loops[3].task_run_id: required key field is empty");
    }

    @Test
    void nullAndAbsentReadAsNull() {
        EntryReader e = entry("{\"decision\":null}");
        assertThat(e.bool("decision")).isNull();
        assertThat(e.number("sharpe")).isNull();
        assertThat(e.object("summary_texts").text("execution")).isNull();
    }

    @Test
    void arraysOfStringsAreChecked() {
        assertThatThrownBy(() -> entry("{\"factor_names\":[\"a\",1]}").stringArray("factor_names"))
                .hasMessageContaining("loops[3].factor_names[1]: expected a string, got an integer");
        assertThat(entry("{\"factor_names\":[\"a\",\"b\"]}").stringArray("factor_names"))
                .isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void unreadFieldsAreKeptAsExtra() {
        EntryReader e = entry("{\"a\":1,\"new_field\":{\"x\":[1]},\"summary_texts\":{\"execution\":\"ok\","
                + "\"novel\":\"text\"}}");
        e.integer("a");
        e.object("summary_texts").text("execution");
        assertThat(e.extra()).isEqualTo("{\"new_field\":{\"x\":[1]},\"summary_texts\":{\"novel\":\"text\"}}");
    }

    @Test
    void noExtraWhenEverythingWasRead() {
        EntryReader e = entry("{\"a\":1,\"summary_texts\":{\"execution\":\"ok\"}}");
        e.integer("a");
        e.object("summary_texts").text("execution");
        assertThat(e.extra()).isNull();
    }

    @Test
    void anEntryMustBeAnObject() {
        assertThatThrownBy(() -> EntryReader.of("models", "models[0]", PythonJson.parse("[1]", "t")))
                .hasMessage("models: malformed payload at models[0]: expected an object, got an array;"
                        + " nothing was written");
    }
}
