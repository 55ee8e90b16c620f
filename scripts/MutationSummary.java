import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints PIT's mutations.xml as a Markdown table: mutants detected / total per package and for the module (the figures
 * docs/testing.md records). Run by scripts/mutation with the JDK's source launcher; PIT's own score counts a mutant
 * as detected when its report says so (killed, timed out, memory or run error).
 */
public class MutationSummary {
    private static final Pattern MUTATION = Pattern.compile("<mutation\\b([^>]*)>(.*?)</mutation>", Pattern.DOTALL);
    private static final Pattern DETECTED = Pattern.compile("detected='(true|false)'");
    private static final Pattern STATUS = Pattern.compile("status='([A-Z_]+)'");
    private static final Pattern CLASS = Pattern.compile("<mutatedClass>([^<]+)</mutatedClass>");

    public static void main(String[] args) throws Exception {
        String xml = Files.readString(Path.of(args[0]));
        Map<String, int[]> byPackage = new TreeMap<>(); // detected, total, survived, no coverage
        Matcher m = MUTATION.matcher(xml);
        while (m.find()) {
            Matcher c = CLASS.matcher(m.group(2));
            if (!c.find()) continue;
            String cls = c.group(1);
            int dot = cls.lastIndexOf('.');
            String pkg = dot < 0 ? "" : cls.substring(0, dot);
            int[] n = byPackage.computeIfAbsent(pkg, k -> new int[4]);
            Matcher d = DETECTED.matcher(m.group(1));
            Matcher s = STATUS.matcher(m.group(1));
            String status = s.find() ? s.group(1) : "";
            if (d.find() && d.group(1).equals("true")) n[0]++;
            n[1]++;
            if (status.equals("SURVIVED")) n[2]++;
            if (status.equals("NO_COVERAGE")) n[3]++;
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
    }

    private static String row(String name, int[] n) {
        long pct = n[1] == 0 ? 100 : Math.round(100.0 * n[0] / n[1]);
        return "| " + name + " | " + n[0] + " / " + n[1] + " | " + pct + "% | " + n[2] + " | " + n[3] + " |";
    }
}
