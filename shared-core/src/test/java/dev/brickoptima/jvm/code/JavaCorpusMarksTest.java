package dev.brickoptima.jvm.code;

import dev.brickoptima.core.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus marks themselves: a typo in a rule id would make a quiet mark promise nothing. */
class JavaCorpusMarksTest {
    @Test
    void everyMarkNamesARuleAndEveryProjectHasSomethingToFindAndToMiss() {
        List<String> unknown = new ArrayList<>();
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            int expected = 0;
            int quiet = 0;
            for (Map.Entry<String, String> f : p.sources().entrySet()) {
                for (String e : JavaCorpus.expected(f.getValue())) {
                    expected++;
                    if (RuleRegistry.byId(e.substring(0, e.indexOf(' '))) == null) unknown.add(p.name() + "/" + f.getKey() + ": " + e);
                }
                for (String q : JavaCorpus.quiet(f.getValue())) {
                    quiet++;
                    if (RuleRegistry.byId(q.substring(0, q.indexOf(' '))) == null) unknown.add(p.name() + "/" + f.getKey() + ": " + q);
                }
            }
            assertThat(expected).as(p.name() + " expects findings").isPositive();
            assertThat(quiet).as(p.name() + " marks traps").isPositive();
        }
        assertThat(unknown).isEmpty();
        assertThat(JavaCorpus.projects()).hasSizeGreaterThanOrEqualTo(5);
    }
}
