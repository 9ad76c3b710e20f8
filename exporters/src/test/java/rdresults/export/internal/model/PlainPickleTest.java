package rdresults.export.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.model.testing.Python3;

class PlainPickleTest {

    private static final String DICT = "{'model_type': 'LGBModel', 'n': 3, 'big': 2**70, 'neg': -5, 'f': 1.5, "
            + "'ok': True, 'none': None, 'items': [1, (2, 'x'), {'k': 'v'}], 'u': 'é中'}";

    /** Sets and bytes are plain opcodes from protocol 3 / 4 on; older protocols pickle them as objects. */
    private static final String WITH_SET_AND_BYTES = "{'model_type': 'X', 's': {7}, 'b': b'\\x00\\xff'}";

    /** Python pickles the dict with the given protocol; base64 on stdout. */
    private static byte[] pickled(String expression, int protocol) {
        String out = Python3.run("import pickle, base64, sys; sys.stdout.write(base64.b64encode(pickle.dumps("
                + expression + ", protocol=" + protocol + ")).decode())", "");
        return Base64.getDecoder().decode(out.strip());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void readsAPlainDictOfEveryProtocol(int protocol) {
        Map<?, ?> value = (Map<?, ?>) PlainPickle.read(pickled(DICT, protocol)).orElseThrow();

        assertThat(value.get("model_type")).isEqualTo("LGBModel");
        assertThat(value.get("n")).isEqualTo(3L);
        assertThat(value.get("big")).hasToString("1180591620717411303424");
        assertThat(value.get("neg")).isEqualTo(-5L);
        assertThat(value.get("f")).isEqualTo(1.5);
        assertThat(value.get("ok")).isEqualTo(true);
        assertThat(value.containsKey("none")).isTrue();
        assertThat(value.get("none")).isNull();
        assertThat(value.get("u")).isEqualTo("é中");
        List<?> items = (List<?>) value.get("items");
        assertThat(items.get(1)).isEqualTo(new PlainPickle.Tuple(List.of(2L, "x")));
        assertThat(PickleJson.toJson(value.get("model_type")).textValue()).isEqualTo("LGBModel");
    }

    @Test
    void setsAndBytesAreDataFromProtocolFourOnAndObjectsBefore() {
        Map<?, ?> value = (Map<?, ?>) PlainPickle.read(pickled(WITH_SET_AND_BYTES, 4)).orElseThrow();
        assertThat(value.get("s")).isEqualTo(List.of(7L));
        assertThat((byte[]) value.get("b")).containsExactly(0, 0xff);
        assertThat(PlainPickle.read(pickled(WITH_SET_AND_BYTES, 2))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4, 5})
    void anObjectIsNotPlainDataAndNothingRuns(int protocol) {
        // os.system would run on unpickling; the reader stops at the GLOBAL / REDUCE opcodes
        byte[] evil = pickled("type('E', (), {'__reduce__': lambda s: (__import__('os').system, ('true',))})()",
                protocol);
        assertThat(PlainPickle.read(evil)).isEmpty();
        assertThat(PlainPickle.read(pickled("{'model_type': __import__('collections').OrderedDict()}", protocol)))
                .isEmpty();
    }

    @Test
    void truncatedAndRandomBytesOnlyEverRaiseTheReadersOwnException() {
        byte[] good = pickled(DICT, 4);
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> PlainPickle.read(cut)).isInstanceOf(PickleFormatException.class);
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(64)];
            random.nextBytes(data);
            if (i % 2 == 0 && data.length > 2) {
                System.arraycopy(good, 0, data, 0, Math.min(2, data.length)); // a valid header, garbage after
            }
            try {
                PlainPickle.read(data);
            } catch (PickleFormatException expected) {
                // the one failure the reader may report
            }
        }
    }

    @Test
    void flippedBytesOfARealPickleNeverEscapeTheReader() {
        byte[] good = pickled(DICT, 2);
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = good.clone();
            data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            try {
                PlainPickle.read(data);
            } catch (PickleFormatException expected) {
                // the one failure the reader may report
            }
        }
    }
}
