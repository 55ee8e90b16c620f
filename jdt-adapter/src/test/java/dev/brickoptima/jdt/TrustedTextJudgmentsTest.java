package dev.brickoptima.jdt;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which values concatenated into SQL the engine trusts (text the program itself holds) and which it reports as
 * injection, one method per judgment, all in one file so one parse answers every case. Each hole sits where a value
 * goes ({@code WHERE x = " + hole}), so only trust decides.
 */
class TrustedTextJudgmentsTest {
    private static final String SRC = """
        import java.sql.*;
        import java.util.*;

        class A {
            enum Day { MON, TUE }
            private Connection conn;
            static final String TABLE = "t";
            static final String LATE;
            static { LATE = System.getenv("X"); }
            final String fin = String.valueOf(1);
            final String finFromCaller;
            static final String STATIC_BAD = System.getenv("Y");
            String mutable = "a";
            static final Map<String, String> COLS = Map.of("n", "name", "a", "age");
            static final Map<String, String> BAD = Map.of("n", System.getenv("Z"));
            static final Map<String, String> ODD = Map.of("n", "name", "a", TABLE.trim());
            static final Map<String, String> ENTRIES = Map.ofEntries(Map.entry("n", "name"));
            static final Map<String, String> BAD_ENTRIES = Map.ofEntries(Map.entry("n", System.getenv("W")));
            static final Map<String, String> COPY = Map.copyOf(COLS);
            static final Map<String, String> COPY_BAD = Map.copyOf(BAD);
            static final Map<String, String> KEYS_BAD = Map.of(System.getenv("K"), "v");
            static final HashMap<String, String> NOT_FACTORY = new HashMap<>();
            static final List<String> NAMES = List.of("a", "b");

            A(String s) { finFromCaller = s; }

            String helper(int i) { if (i > 0) return "a"; return TABLE; }
            String helperBad(String s) { if (s.isEmpty()) return "a"; return s; }

            ResultSet q(String sql) throws SQLException { return conn.createStatement().executeQuery(sql); }

            void cases(String p, int n, Day d, boolean f, Integer boxed, Object o) throws SQLException {
                Statement st = conn.createStatement();
                st.executeQuery("SELECT a FROM t WHERE x = " + n);
                st.executeQuery("SELECT a FROM t WHERE x = " + boxed);
                st.executeQuery("SELECT a FROM t WHERE x = " + d);
                st.executeQuery("SELECT a FROM t WHERE x = " + null);
                st.executeQuery("SELECT a FROM t WHERE x = " + p);
                st.executeQuery("SELECT a FROM t WHERE x = " + o);
                st.executeQuery("SELECT a FROM t WHERE x = " + fin);
                st.executeQuery("SELECT a FROM t WHERE x = " + finFromCaller);
                st.executeQuery("SELECT a FROM t WHERE x = " + LATE);
                st.executeQuery("SELECT a FROM t WHERE x = " + STATIC_BAD);
                st.executeQuery("SELECT a FROM t WHERE x = " + mutable);
                st.executeQuery("SELECT a FROM t WHERE x = " + (f ? "a" : TABLE));
                st.executeQuery("SELECT a FROM t WHERE x = " + (f ? "a" : p));
                st.executeQuery("SELECT a FROM t WHERE x = " + switch (n) { case 1 -> "a"; default -> "b"; });
                st.executeQuery("SELECT a FROM t WHERE x = " + switch (n) { case 1 -> "a"; default -> p; });
                st.executeQuery("SELECT a FROM t WHERE x = " + TABLE.toUpperCase());
                st.executeQuery("SELECT a FROM t WHERE x = " + p.toUpperCase());
                st.executeQuery("SELECT a FROM t WHERE x = " + TABLE.replace("t", "u"));
                st.executeQuery("SELECT a FROM t WHERE x = " + TABLE.replace("t", p));
                st.executeQuery("SELECT a FROM t WHERE x = " + "v".repeat(n));
                st.executeQuery("SELECT a FROM t WHERE x = " + String.valueOf(n));
                st.executeQuery("SELECT a FROM t WHERE x = " + String.valueOf(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + String.format("%d", n));
                st.executeQuery("SELECT a FROM t WHERE x = " + Objects.toString(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + Integer.toHexString(n));
                st.executeQuery("SELECT a FROM t WHERE x = " + d.name());
                st.executeQuery("SELECT a FROM t WHERE x = " + boxed.toString());
                st.executeQuery("SELECT a FROM t WHERE x = " + p.toString());
                st.executeQuery("SELECT a FROM t WHERE x = " + TABLE.toString());
                st.executeQuery("SELECT a FROM t WHERE x = " + COLS.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + BAD.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + ODD.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + COLS.getOrDefault(p, "name"));
                st.executeQuery("SELECT a FROM t WHERE x = " + COLS.getOrDefault(p, p));
                st.executeQuery("SELECT a FROM t WHERE x = " + ENTRIES.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + BAD_ENTRIES.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + COPY.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + COPY_BAD.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + NOT_FACTORY.get(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + helper(n));
                st.executeQuery("SELECT a FROM t WHERE x = " + helperBad(p));
                st.executeQuery("SELECT a FROM t WHERE x = " + p.substring(1));
            }

            void locals(String p, boolean f) throws SQLException {
                Statement st = conn.createStatement();
                String both = "a";
                if (f) both = TABLE;
                st.executeQuery("SELECT a FROM t WHERE x = " + both);
                String tainted = "a";
                if (f) tainted = p;
                st.executeQuery("SELECT a FROM t WHERE x = " + tainted);
                String grown = "a";
                grown += "b";
                st.executeQuery("SELECT a FROM t WHERE x = " + grown);
                String grownBad = "a";
                grownBad += p;
                st.executeQuery("SELECT a FROM t WHERE x = " + grownBad);
                String late;
                late = "a";
                late = "b";
                st.executeQuery("SELECT a FROM t WHERE x = " + late);
                StringBuilder sb = new StringBuilder("a");
                sb.append("b");
                st.executeQuery("SELECT a FROM t WHERE x = " + sb.toString());
                StringBuilder sized = new StringBuilder(64);
                sized.append(TABLE);
                st.executeQuery("SELECT a FROM t WHERE x = " + sized.toString());
                StringBuilder sbBad = new StringBuilder(p);
                st.executeQuery("SELECT a FROM t WHERE x = " + sbBad.toString());
                StringBuilder appendedBad = new StringBuilder();
                appendedBad.append(p);
                st.executeQuery("SELECT a FROM t WHERE x = " + appendedBad.toString());
            }

            void loops(String p) throws SQLException {
                Statement st = conn.createStatement();
                for (String c1 : NAMES) st.executeQuery("SELECT a FROM t WHERE x = " + c1);
                for (String c2 : List.of("a", p)) st.executeQuery("SELECT a FROM t WHERE x = " + c2);
                for (String c3 : COLS.values()) st.executeQuery("SELECT a FROM t WHERE x = " + c3);
                for (String c4 : BAD.values()) st.executeQuery("SELECT a FROM t WHERE x = " + c4);
                for (String c5 : COLS.keySet()) st.executeQuery("SELECT a FROM t WHERE x = " + c5);
                for (String c6 : KEYS_BAD.keySet()) st.executeQuery("SELECT a FROM t WHERE x = " + c6);
                for (Object c7 : EnumSet.allOf(Day.class)) st.executeQuery("SELECT a FROM t WHERE x = " + c7);
                String[] arr = {"a", "b"};
                for (String c8 : arr) st.executeQuery("SELECT a FROM t WHERE x = " + c8);
                String[] arrBad = {"a", p};
                for (String c9 : arrBad) st.executeQuery("SELECT a FROM t WHERE x = " + c9);
                for (String c10 : p.split(",")) st.executeQuery("SELECT a FROM t WHERE x = " + c10);
                for (String c11 : Arrays.asList("a", "b")) st.executeQuery("SELECT a FROM t WHERE x = " + c11);
            }
        }
        """;

    @Test
    void exactlyTheUntrustedValuesAreReported() {
        assertThat(JavaSnippets.marked(JavaSnippets.analyze(SRC), SRC, "sql-injection")).containsExactly(
            // a final field is followed to its initializer: reported where it is written
            "System.getenv(\"Y\")",
            "p", "o", "finFromCaller", "mutable", "f ? \"a\" : p", "switch (n) { case 1 -> \"a\"; default -> p; }",
            "p.toUpperCase()", "TABLE.replace(\"t\", p)", "String.valueOf(p)", "Objects.toString(p)", "p.toString()",
            "BAD.get(p)", "COLS.getOrDefault(p, p)", "BAD_ENTRIES.get(p)", "COPY_BAD.get(p)", "NOT_FACTORY.get(p)",
            "helperBad(p)", "p.substring(1)",
            "tainted", "grownBad", "sbBad.toString()", "appendedBad.toString()",
            "c2", "c4", "c6", "c9", "c10");
    }

    /** Nested questions stop at a fixed depth: eight nested {@code ?:} of literals are trusted, nine are not. */
    @Test
    void trustIsBoundedByDepth() {
        String src = "import java.sql.*;\n\nclass A {\n    void f(Statement st, boolean b) throws SQLException {\n"
            + "        st.executeQuery(\"SELECT a FROM t WHERE x = \" + " + nested(8) + ");\n"
            + "        st.executeQuery(\"SELECT a FROM t WHERE y = \" + " + nested(9) + ");\n    }\n}\n";
        assertThat(JavaSnippets.marked(JavaSnippets.analyze(src), src, "sql-injection")).containsExactly(nested(9).substring(1, nested(9).length() - 1));
    }

    private static String nested(int levels) {
        return levels == 0 ? "\"v\"" : "(b ? \"v\" : " + nested(levels - 1) + ")";
    }

    @Test
    void everyHoleIsNamedInItsMessage() {
        List<String> messages = JavaSnippets.analyze(SRC).stream().filter(f -> f.ruleId().equals("sql-injection"))
            .map(f -> f.finding().message()).toList();
        assertThat(messages.get(0)).isEqualTo("SQL injection risk: 'System.getenv(\"Y\")' is concatenated into SQL that "
            + "Statement.executeQuery runs; pass it as a bind parameter");
        assertThat(messages.get(1)).isEqualTo(
            "SQL injection risk: 'p' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter");
        // longer than 40 characters: abbreviated
        assertThat(messages.get(6)).isEqualTo("SQL injection risk: 'switch (n) { case 1 -> \"a\"; default -...' is "
            + "concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter");
    }
}
