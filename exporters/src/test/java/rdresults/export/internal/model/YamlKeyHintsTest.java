package rdresults.export.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlKeyHintsTest {

    @Test
    void keyInAnyQuotingBeforeAColonMayBeHeld() {
        assertThat(YamlKeyHints.mayHoldKey("a:\n  feature: [A, B]\n", "feature")).isTrue();
        assertThat(YamlKeyHints.mayHoldKey("a: {\"feature\" : 1}\n", "feature")).isTrue();
        assertThat(YamlKeyHints.mayHoldKey("a: {'feature':\t1}\n", "feature")).isTrue();
    }

    @Test
    void keyOnlyAsAValueIsNotHeld() {
        assertThat(YamlKeyHints.mayHoldKey("kwargs:\n  fields_group: feature\n  x: *market\n", "feature"))
                .isFalse();
        assertThat(YamlKeyHints.mayHoldKey("run_id: abc\nlifecycle_stage: active\n", "model")).isFalse();
    }

    @Test
    void spellingsTheLookCannotReadMayHoldAnything() {
        assertThat(YamlKeyHints.mayHoldKey("a: {\"fe\\x61ture\": 1}\n", "feature")).isTrue();
        assertThat(YamlKeyHints.mayHoldKey("? feature\n: 1\n", "feature")).isTrue();
        assertThat(YamlKeyHints.mayHoldKey("k: &f feature\nm: {*f : 1}\n", "feature")).isTrue();
    }
}
