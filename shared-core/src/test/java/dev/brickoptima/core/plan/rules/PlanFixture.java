package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.StageSummary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan rule fixture {@code rules/plan/<rule-id>.txt}: cases, each a plan text with its expectations written as
 * {@code #} directives (plan text never starts a line with {@code #}).
 *
 * <pre>
 * ## case: short description                      starts a case
 * # expect: plan-skew@12                          a finding of that rule on operator (12); "/info" pins the severity
 * # expect: none                                  no finding of the rule under test (a negative case)
 * # message: plan-skew@12 = Skewed tasks: ...      the whole message of that finding (repeat for several findings)
 * # config: threshold.plan-skew.factor=3 | partitions.sales=dt | severity.plan-skew=error
 * # input: sample 11                              the real REST execution 11 + all stage summaries of the samples
 * # metric: 12 number of output rows = 1,000      a REST node metric for operator (12) ("\n" = newline)
 * # stage: 3 tasks=8 memorySpilled=1048576 duration=10,20,30,40,5000 shuffleReadMetrics.readRecords=1,2,3,4,5
 * # live                                          analyse as a live execution even without metrics
 * </pre>
 * Cases with metrics, stages or {@code # live} are analysed as a REST execution built from the plan (one node per
 * operator, in pre-order), so the metric binder is exercised too.
 */
public final class PlanFixture {
    static final double[] QUANTILES = {0.0, 0.25, 0.5, 0.75, 1.0};

    /** One case of a fixture. */
    static final class Case {
        final String name;
        final int firstLine;
        final StringBuilder text = new StringBuilder();
        final List<String> expected = new ArrayList<>(); // "rule@op" or "rule@op/severity"
        final Map<String, List<String>> messages = new LinkedHashMap<>(); // "rule@op" to its findings' messages
        boolean expectNone;
        final AnalyzerConfig.Builder config = AnalyzerConfig.builder();
        long sample = -1;
        boolean live;
        final Map<Integer, Map<String, String>> metrics = new LinkedHashMap<>();
        final List<StageSummary> stages = new ArrayList<>();

        Case(String name, int firstLine) {
            this.name = name;
            this.firstLine = firstLine;
        }

        boolean isExecution() {
            return live || !metrics.isEmpty() || !stages.isEmpty();
        }

        List<String> expectedFor(String rule) {
            List<String> out = new ArrayList<>();
            for (String e : expected) if (e.startsWith(rule + "@")) out.add(e);
            return out;
        }
    }

    final String name;
    final List<Case> cases = new ArrayList<>();

    private PlanFixture(String name, String content) {
        this.name = name;
        String[] lines = content.split("\n", -1);
        Case current = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("## case:")) {
                current = new Case(l.substring("## case:".length()).trim(), i + 1);
                cases.add(current);
                continue;
            }
            if (current == null) continue; // header comments
            if (l.startsWith("#")) directive(current, l.substring(1).trim(), i + 1);
            else current.text.append(l).append('\n');
        }
    }

    static PlanFixture load(String resource) throws IOException {
        try (InputStream in = PlanFixture.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            return new PlanFixture(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void directive(Case c, String d, int line) {
        if (d.startsWith("expect:")) {
            for (String item : d.substring("expect:".length()).split(",")) {
                String it = item.trim();
                if (it.equals("none")) c.expectNone = true;
                else if (!it.isEmpty()) c.expected.add(it);
            }
        } else if (d.startsWith("message:")) {
            String v = d.substring("message:".length()).trim();
            int eq = v.indexOf(" = ");
            if (eq < 0) throw new IllegalArgumentException(name + ":" + line + ": message needs 'rule@op = text'");
            c.messages.computeIfAbsent(v.substring(0, eq).trim(), k -> new ArrayList<>()).add(v.substring(eq + 3).trim());
        } else if (d.startsWith("config:")) {
            applyConfig(c.config, d.substring("config:".length()).trim());
        } else if (d.startsWith("input:")) {
            String v = d.substring("input:".length()).trim();
            if (!v.startsWith("sample ")) throw new IllegalArgumentException(name + ":" + line + ": unknown input " + v);
            c.sample = Long.parseLong(v.substring("sample ".length()).trim());
        } else if (d.equals("live")) {
            c.live = true;
        } else if (d.startsWith("metric:")) {
            String v = d.substring("metric:".length()).trim();
            int sp = v.indexOf(' ');
            int eq = v.indexOf(" = ");
            int op = Integer.parseInt(v.substring(0, sp));
            c.metrics.computeIfAbsent(op, k -> new LinkedHashMap<>())
                .put(v.substring(sp + 1, eq).trim(), v.substring(eq + 3).trim().replace("\\n", "\n"));
        } else if (d.startsWith("stage:")) {
            c.stages.add(stage(d.substring("stage:".length()).trim()));
        } else if (!d.isEmpty() && !d.startsWith("-")) {
            throw new IllegalArgumentException(name + ":" + line + ": unknown directive '" + d + "'");
        }
    }

    private static StageSummary stage(String spec) {
        String[] parts = spec.split(" ");
        StageSummary.Builder b = StageSummary.builder(Integer.parseInt(parts[0])).quantiles(QUANTILES).status("COMPLETE");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            if (eq < 0) continue;
            String k = p.substring(0, eq);
            String v = p.substring(eq + 1);
            switch (k) {
                case "tasks": b.numTasks(Integer.parseInt(v)); break;
                case "memorySpilled": b.memoryBytesSpilled(Long.parseLong(v)); break;
                case "diskSpilled": b.diskBytesSpilled(Long.parseLong(v)); break;
                default:
                    double[] q = Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
                    b.distribution(k, q);
            }
        }
        return b.build();
    }

    public static void applyConfig(AnalyzerConfig.Builder b, String spec) {
        for (String part : spec.split("\\|")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) continue;
            String k = p.substring(0, eq).trim();
            String v = p.substring(eq + 1).trim();
            if (k.equals("enable")) b.enable(v);
            else if (k.equals("disable")) b.disable(v);
            else if (k.startsWith("threshold.")) {
                String rest = k.substring("threshold.".length());
                int dot = rest.lastIndexOf('.');
                b.threshold(rest.substring(0, dot), rest.substring(dot + 1), Double.parseDouble(v));
            } else if (k.startsWith("partitions.")) {
                b.partitionColumns(k.substring("partitions.".length()), Arrays.asList(v.split(",")));
            } else if (k.startsWith("severity.")) {
                b.severity(k.substring("severity.".length()), Severity.parse(v));
            }
        }
    }
}
