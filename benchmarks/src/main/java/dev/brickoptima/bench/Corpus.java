package dev.brickoptima.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the bundled TPC-DS corpus from the benchmark jar. */
public final class Corpus {
    private Corpus() {
    }

    public static List<String> tpcdsQueries() {
        return load("queries", ".sql", new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
            "14a", "14b", "16", "17", "18", "19", "20", "21", "22", "23a", "23b", "24a", "24b", "25", "26", "27", "28", "29",
            "30", "31", "32", "33", "34", "35", "36", "37", "38", "39a", "39b", "40", "41", "42", "43", "44", "45", "46", "47",
            "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "63", "64", "65", "66", "67",
            "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "87",
            "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"});
    }

    public static List<String> tpcdsPlans() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            if (i == 14 || i == 23 || i == 24 || i == 39) {
                ids.add(i + "a");
                ids.add(i + "b");
            } else {
                ids.add(String.valueOf(i));
            }
        }
        return load("plans-v1_4", ".explain.txt", ids.toArray(new String[0]));
    }

    private static List<String> load(String dir, String suffix, String[] ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String path = "/corpus/tpcds/" + dir + "/q" + id + suffix;
            try (InputStream in = Corpus.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("missing corpus file " + path);
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
