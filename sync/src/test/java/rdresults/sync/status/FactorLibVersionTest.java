package rdresults.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorLibVersionTest {

    @Test
    void ordersVersionsNumerically() {
        List<String> v = new ArrayList<>(List.of("1.0.10", "1.0.9", "0.0.1", "20251013", "1.1"));
        v.sort(FactorLibVersion.ORDER);
        assertThat(v).containsExactly("0.0.1", "1.0.9", "1.0.10", "1.1", "20251013");
    }
}
