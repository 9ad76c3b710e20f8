package rdresults.sync.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void theContentHashStaysWhatDatabasesHoldAlready() {
        // sha256(b"sk1\0i5\0\1" b"n\0" "sé€".encode() b"\0d1.5\0btrue\0\1"), as python3 computes it: a hash that
        // changed would make the next sync rewrite every row of every consumer database
        Row row = Row.of(List.of("k1", 5L), Arrays.asList(null, "sé€".substring(1), 1.5, true));
        assertThat(row.contentHash()).isEqualTo("0a9279fa1e6b2e0bd51f6b89f5c2f303a3b52e8dbf7b888737cad83403dc5535");
    }

    @Test
    void textAndNumbersAndNullHashApart() {
        assertThat(Row.of(List.of("k"), Arrays.asList("1")).contentHash())
                .isNotEqualTo(Row.of(List.of("k"), Arrays.asList(1L)).contentHash())
                .isNotEqualTo(Row.of(List.of("k"), Arrays.asList((Object) null)).contentHash());
    }
}
