package rdresults.testkit.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fork's conventions for workspace content the generator reproduces: YAML numbers as PyYAML loads them and the
 * {@code model_type} the fork reads out of model.py. Vectors from CPython 3.11.
 */
class ContentConventionsTest {

    @Test
    void yamlNumbersLoadAsPyYamlLoadsThem() {
        assertThat(YamlNumber.of("0.0005").json().isDouble()).isTrue();
        assertThat(YamlNumber.of("0.0").json().doubleValue()).isZero();
        assertThat(YamlNumber.of("2e-05").json().textValue()).isEqualTo("2e-05");
        assertThat(YamlNumber.of("1e-4").json().isTextual()).isTrue();
    }

    @Test
    void modelTypeFollowsTheForkRule() {
        assertThat(new ModelCode().modelType(ModelKind.TCN)).isEqualTo("TCNModel");
        assertThat(new ModelCode().modelType(ModelKind.MLP_RESIDUAL)).isEqualTo("Net");
        assertThat(new ModelCode().modelType(ModelKind.TRANSFORMER)).isEqualTo("TransformerModel");
    }
}
