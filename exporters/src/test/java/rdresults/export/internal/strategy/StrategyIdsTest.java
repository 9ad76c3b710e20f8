package rdresults.export.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code strategy_id} vectors computed with Python's uuid5 and json.dumps (contract §4.6). */
class StrategyIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
        "running;model;a.yaml|mlruns/1/meta.yaml;89d216ed425d54f8bc08b8914871322d",
        "NULL;NULL;;69e191636dd2571280d7a700ccc32657",
        "record;factor;配置.yaml|sub\\x.yml;3399a1b0e73f5bdebc965f37a64cfd5f",
    })
    void matchesPython(String stepName, String action, String templates, String expected) {
        List<String> list = templates == null ? List.of() : List.of(templates.split("\\|"));

        assertThat(StrategyIds.of(null, stepName, action, list)).isEqualTo(expected);
    }
}
