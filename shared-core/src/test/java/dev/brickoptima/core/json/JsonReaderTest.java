package dev.brickoptima.core.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {
    @Test
    void readsEveryKindWithOffsets() throws Exception {
        String text = " {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\n\\u00e9\\\"\"}} ";
        JsonValue v = JsonReader.parse(text);
        assertThat(v.isObject()).isTrue();
        assertThat(v.start()).isEqualTo(1);
        assertThat(v.end()).isEqualTo(text.length() - 1);
        JsonValue a = v.get("a");
        assertThat(a.items()).hasSize(5);
        assertThat(a.items().get(0).number()).isEqualTo(1.0);
        assertThat(a.items().get(1).number()).isEqualTo(-2500.0);
        assertThat(a.items().get(1).scalarText()).isEqualTo("-2.5e3");
        assertThat(a.items().get(2).bool()).isTrue();
        assertThat(a.items().get(4).isNull()).isTrue();
        assertThat(a.keyStart()).isEqualTo(text.indexOf("\"a\""));
        assertThat(v.get("b").get("c").string()).isEqualTo("x\né\"");
        assertThat(text.substring(v.get("b").start(), v.get("b").end())).isEqualTo("{\"c\": \"x\\n\\u00e9\\\"\"}");
        assertThat(v.get("missing")).isNull();
        assertThat(v.members().keySet()).containsExactly("a", "b");
    }

    @Test
    void malformedInputGivesOneLineWithPosition() {
        assertError("{\"a\": 1,\n \"b\" 2}", "expected ':' after a member name at line 2, column 6");
        assertError("[1, 2", "unexpected end of input in an array at line 1, column 6");
        assertError("{\"a\": tru}", "unexpected 't' at line 1, column 7");
        assertError("{\"a\": 1} x", "unexpected 'x' after the JSON value at line 1, column 10");
        assertError("\"abc", "unterminated string");
        assertError("[01]", "expected ',' or ']'");
        assertError("[1.]", "bad number");
        assertError("", "no JSON value");
        assertError("[\"\\q\"]", "bad escape '\\q'");
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> JsonReader.parse(deep)).isInstanceOf(JsonParseException.class).hasMessageContaining("nested deeper than 1000");
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> JsonReader.parse(json)).isInstanceOf(JsonParseException.class).hasMessageContaining(message)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
