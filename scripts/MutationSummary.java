import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints PIT's mutations.xml reports as a Markdown table: mutants detected / total per package and overall (the figures
 * docs/testing.md records). Run by scripts/mutation with the JDK's source launcher. Several reports (modules whose tests
 * mutate the same core classes, see crossModule in jdt-adapter/pom.xml) are merged per mutant: a mutant is detected when
 * any report says so (killed, timed out, memory or run error, as PIT counts it). After the package table, the classes
 * with the most undetected mutants: where a test is missing.
 */
public class MutationSummary {
    private static final Pattern MUTATION = Pattern.compile("<mutation\\b([^>]*)>(.*?)</mutation>", Pattern.DOTALL);
    private static final Pattern DETECTED = Pattern.compile("detected='(true|false)'");
    private static final Pattern STATUS = Pattern.compile("status='([A-Z_]+)'");

    private static String tag(String body, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(body);
        return m.find() ? m.group(1) : "";
    }

    public static void main(String[] args) throws Exception {
        // mutant key -> {package, detected, status, class}
        Map<String, String[]> mutants = new LinkedHashMap<>();
        for (String file : args) {
            Matcher m = MUTATION.matcher(Files.readString(Path.of(file)));
            while (m.find()) {
                String body = m.group(2);
                String cls = tag(body, "mutatedClass");
                if (cls.isEmpty()) continue;
                String key = cls + "|" + tag(body, "mutatedMethod") + "|" + tag(body, "methodDescription") + "|"
                    + tag(body, "lineNumber") + "|" + tag(body, "mutator") + "|" + tag(body, "indexes");
                Matcher d = DETECTED.matcher(m.group(1));
                Matcher s = STATUS.matcher(m.group(1));
                boolean detected = d.find() && d.group(1).equals("true");
                String status = s.find() ? s.group(1) : "";
                int dot = cls.lastIndexOf('.');
                String[] prev = mutants.get(key);
                if (prev == null || !prev[1].equals("true") && (detected || prev[2].equals("NO_COVERAGE"))) {
                    mutants.put(key, new String[] {dot < 0 ? "" : cls.substring(0, dot), Boolean.toString(detected), status, cls});
                }
            }
        }
        Map<String, int[]> byPackage = new TreeMap<>(); // detected, total, survived, no coverage
        for (String[] v : mutants.values()) {
            int[] n = byPackage.computeIfAbsent(v[0], k -> new int[4]);
            if (v[1].equals("true")) n[0]++;
            n[1]++;
            if (v[2].equals("SURVIVED")) n[2]++;
            if (v[2].equals("NO_COVERAGE")) n[3]++;
        }
        int[] all = new int[4];
        System.out.println("| package | detected / mutants | score | survived | no coverage |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int[] n = e.getValue();
            for (int i = 0; i < 4; i++) all[i] += n[i];
            System.out.println(row("`" + e.getKey() + "`", n));
        }
        System.out.println(row("**all**", all));
        Map<String, int[]> byClass = new TreeMap<>();
        for (String[] v : mutants.values()) {
            int[] n = byClass.computeIfAbsent(v[3], k -> new int[4]);
            if (v[1].equals("true")) n[0]++;
            n[1]++;
            if (v[2].equals("SURVIVED")) n[2]++;
            if (v[2].equals("NO_COVERAGE")) n[3]++;
        }
        System.out.println();
        System.out.println("| weakest classes | detected / mutants | score | survived | no coverage |");
        System.out.println("|---|---:|---:|---:|---:|");
        byClass.entrySet().stream()
            .filter(e -> e.getValue()[1] > e.getValue()[0])
            .sorted((a, b) -> Integer.compare(b.getValue()[1] - b.getValue()[0], a.getValue()[1] - a.getValue()[0]))
            .limit(WEAKEST)
            .forEach(e -> System.out.println(row("`" + e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "`", e.getValue())));
    }

    private static final int WEAKEST = 15;

    private static String row(String name, int[] n) {
        long pct = n[1] == 0 ? 100 : (long) Math.floor(100.0 * n[0] / n[1]);
        return "| " + name + " | " + n[0] + " / " + n[1] + " | " + pct + "% | " + n[2] + " | " + n[3] + " |";
    }
}
