package dev.brickoptima.jvm.spark;

import dev.brickoptima.core.finding.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each execution and node object of a Spark REST JSON text is, so findings on a dump point into the file. */
class SparkRestJsonLocationsTest {
    private static final String ARRAY = "[\n"
        + "  {\"id\": 3, \"description\": \"q\", \"nodes\": [\n"
        + "    {\"nodeId\": 0, \"nodeName\": \"Scan\", \"metrics\": [{\"name\": \"rows\", \"value\": \"1\"}]},\n"
        + "    {\"nodeName\": \"no id\"},\n"
        + "    7,\n"
        + "    {\"nodeId\": 1, \"nodeName\": \"Filter\"}\n"
        + "  ], \"edges\": []},\n"
        + "  \"not an execution\",\n"
        + "  {\"description\": \"no id\", \"nodes\": [{\"nodeId\": 9}]},\n"
        + "  {\"id\": 4, \"nodes\": \"not a list\"}\n"
        + "]\n";

    private static String text(Location l) {
        return ARRAY.substring(l.start(), l.end());
    }

    @Test
    void executionsAndNodesOfAnArray() {
        SparkRestJsonLocations where = SparkRestJsonLocations.of(ARRAY);
        Location exec = where.execution(3, "5");
        assertThat(text(exec)).startsWith("{\"id\": 3,").endsWith("\"edges\": []}");
        assertThat(exec.line()).isEqualTo(2);
        assertThat(exec.column()).isEqualTo(3);
        assertThat(exec.endLine()).isEqualTo(7);
        assertThat(exec.operatorId()).isEqualTo("5");
        Location scan = where.node(3, 0, "1");
        assertThat(text(scan)).isEqualTo("{\"nodeId\": 0, \"nodeName\": \"Scan\", \"metrics\": [{\"name\": \"rows\", \"value\": \"1\"}]}");
        assertThat(scan.line()).isEqualTo(3);
        assertThat(scan.column()).isEqualTo(5);
        assertThat(scan.endLine()).isEqualTo(3);
        assertThat(scan.operatorId()).isEqualTo("1");
        assertThat(text(where.node(3, 1, "2"))).isEqualTo("{\"nodeId\": 1, \"nodeName\": \"Filter\"}");
        assertThat(where.node(3, 2, "x")).isNull();
        // objects without an id are not locations; an id without nodes still is
        assertThat(where.node(Long.MIN_VALUE, 9, "x")).isNull();
        assertThat(where.execution(4, null)).isNotNull();
        assertThat(where.node(4, 0, null)).isNull();
        assertThat(where.execution(99, null)).isNull();
        assertThat(where.node(99, 0, null)).isNull();
    }

    @Test
    void aSingleExecutionObject() {
        String one = "{\"id\": 12, \"nodes\": [{\"nodeId\": 2}]}";
        SparkRestJsonLocations where = SparkRestJsonLocations.of(one);
        Location exec = where.execution(12, null);
        assertThat(exec.start()).isZero();
        assertThat(exec.end()).isEqualTo(one.length());
        Location node = where.node(12, 2, null);
        assertThat(one.substring(node.start(), node.end())).isEqualTo("{\"nodeId\": 2}");
    }

    @Test
    void textThatIsNotJsonGivesNoLocations() {
        assertThat(SparkRestJsonLocations.of("<html>login</html>").execution(1, null)).isNull();
        assertThat(SparkRestJsonLocations.of("{\"id\": 1, \"nodes\": [").execution(1, null)).isNull();
        assertThat(SparkRestJsonLocations.of("42").execution(42, null)).isNull();
        assertThat(SparkRestJsonLocations.of("").execution(0, null)).isNull();
    }
}
