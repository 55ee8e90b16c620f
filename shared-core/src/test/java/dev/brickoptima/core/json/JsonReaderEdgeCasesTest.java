package dev.brickoptima.core.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offsets of every kind of value, the nesting bound at its exact limit, and each error's message and position. */
class JsonReaderEdgeCasesTest {

    @Test
    void scalarsCoverExactlyTheirText() throws Exception {
        String text = "[true,false,null,\"s\",-5,0.5e+2,1E-1]";
        JsonValue v = JsonReader.parse(text);
        assertThat(v.items()).extracting(i -> text.substring(i.start(), i.end()))
            .containsExactly("true", "false", "null", "\"s\"", "-5", "0.5e+2", "1E-1");
        assertThat(v.items().get(0).bool()).isTrue();
        assertThat(v.items().get(1).isBoolean()).isTrue();
        assertThat(v.items().get(1).bool()).isFalse();
        assertThat(v.items().get(4).number()).isEqualTo(-5.0);
        assertThat(v.items().get(5).number()).isEqualTo(50.0);
        assertThat(v.items().get(6).number()).isEqualTo(0.1);
    }

    @Test
    void emptyContainersWithAndWithoutSpace() throws Exception {
        String text = "{\"a\": { }, \"b\": {}, \"c\": [ ], \"d\": []}";
        JsonValue v = JsonReader.parse(text);
        for (String k : new String[] {"a", "b", "c", "d"}) {
            JsonValue x = v.get(k);
            assertThat(x).as(k).isNotNull();
            assertThat(x.members()).as(k).isEmpty();
            assertThat(x.items()).as(k).isEmpty();
        }
        assertThat(text.substring(v.get("a").start(), v.get("a").end())).isEqualTo("{ }");
        assertThat(text.substring(v.get("b").start(), v.get("b").end())).isEqualTo("{}");
        assertThat(v.get("c").isArray()).isTrue();
        assertThat(text.substring(v.get("d").start(), v.get("d").end())).isEqualTo("[]");
    }

    @Test
    void aRangeOfTheTextParsesWithOffsetsIntoTheWholeText() throws Exception {
        String text = "xx {\"k\": [1]} yy";
        JsonValue v = JsonReader.parse(text, 2, 14, 5);
        assertThat(v.start()).isEqualTo(3);
        assertThat(v.end()).isEqualTo(13);
        assertThat(v.get("k").keyStart()).isEqualTo(4);
        assertThat(v.get("k").items().get(0).start()).isEqualTo(10);
    }

    @Test
    void nestingIsAllowedUpToTheBoundAndRefusedOneBeyond() throws Exception {
        assertThat(JsonReader.parse("[[1]]", 0, 5, 2).items().get(0).items()).hasSize(1);
        assertThat(JsonReader.parse("{\"a\": {\"b\": 1}}", 0, 15, 2).get("a").get("b").number()).isEqualTo(1.0);
        assertThatThrownBy(() -> JsonReader.parse("[[[1]]]", 0, 7, 2)).hasMessage("nested deeper than 2 levels at line 1, column 3");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": {\"b\": {}}}", 0, 16, 2))
            .hasMessage("nested deeper than 2 levels at line 1, column 13");
    }

    @Test
    void stringsAllowEverythingFromSpaceUpAndEveryEscape() throws Exception {
        assertThat(JsonReader.parse("\"a b~\"").string()).isEqualTo("a b~");
        assertThat(JsonReader.parse("\"\\/\\b\\f\\r\\t\\\\\\u00C9\"").string()).isEqualTo("/\b\f\r\t\\\u00c9");
        assertError("\"a\u001fb\"", "control character in a string at line 1, column 3");
    }

    @Test
    void everyErrorSaysWhatAndWhere() {
        assertError("{\"a\": ", "unexpected end of input at line 1, column 7");
        assertError("{\"a\": 1", "unexpected end of input in an object at line 1, column 8");
        assertError("{\"a\": 1 x", "expected ',' or '}' at line 1, column 9");
        assertError("{\"a\": 1,", "unexpected end of input in an object at line 1, column 9");
        assertError("{1: 2}", "expected a member name at line 1, column 2");
        assertError("[1 2]", "expected ',' or ']' at line 1, column 4");
        assertError("[\"\\q\"]", "bad escape '\\q' at line 1, column 4");
        assertError("\"\\u12\"", "bad \\u escape at line 1, column 4");
        assertError("\"\\u12x4\"", "bad \\u escape at line 1, column 4");
        assertError("\"\\u1", "bad \\u escape at line 1, column 4"); // the input ends inside the escape
        assertError("\"\\u00e9", "unterminated string at line 1, column 8");
        assertError("\"ab\\", "unterminated string at line 1, column 5");
        assertError("-", "bad number at line 1, column 2");
        assertError("-x", "bad number at line 1, column 2");
        assertError("1e", "bad number at line 1, column 3");
        assertError("fals", "unexpected 'f' at line 1, column 1");
        assertError("  ", "no JSON value at line 1, column 3");
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> JsonReader.parse(json)).isInstanceOf(JsonParseException.class).hasMessage(message);
    }
}
