package dev.brickoptima.eclipse.unit;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.eclipse.analysis.JavaSqlProblem;
import dev.brickoptima.eclipse.analysis.JavaSqlScanner;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.brickoptima.eclipse.unit.JavaSources.parse;
import static dev.brickoptima.eclipse.unit.JavaSources.read;
import static dev.brickoptima.eclipse.unit.JavaSources.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The JDT AST analysis on the realistic sample project, outside OSGi. */
class JavaSqlScannerTest {
    private static final Set<String> CHECKED = Set.of("select-star", "null-comparison", "delete-update-without-where", "sql-injection",
        "sql-injection-risk", "parse-error");
    private final JavaSqlScanner scanner = new JavaSqlScanner(AnalyzerConfig.defaults());

    private List<JavaSqlProblem> scan(String unit, String source) {
        CompilationUnit cu = parse(unit, source);
        return scanner.scan(cu, source, () -> false);
    }

    /** "rule-id 'marked text' severity" for the rules this test pins down, in source order. */
    private static List<String> describe(String source, List<JavaSqlProblem> problems) {
        List<String> out = new ArrayList<>();
        for (JavaSqlProblem p : problems) {
            if (CHECKED.contains(p.ruleId())) out.add(p.ruleId() + " '" + text(source, p) + "' " + p.severity().label());
        }
        return out;
    }

    private static JavaSqlProblem only(List<JavaSqlProblem> problems, String ruleId, String source, String marked) {
        List<JavaSqlProblem> hits = new ArrayList<>();
        for (JavaSqlProblem p : problems) if (p.ruleId().equals(ruleId) && text(source, p).equals(marked)) hits.add(p);
        assertThat(hits).as(ruleId + " on '" + marked + "'").hasSize(1);
        return hits.get(0);
    }

    @Test
    void jdbcDaoFindingsSitOnTheSqlFragmentInsideTheLiteral() {
        String src = read("src/com/acme/shop/OrderDao.java");
        List<JavaSqlProblem> problems = scan("OrderDao.java", src);
        assertThat(describe(src, problems)).containsExactly(
            "select-star '*' warning",                                  // in the constant, reached through executeQuery(ALL_ORDERS)
            "sql-injection 'customer' error",                           // String concatenated into executed SQL
            "null-comparison 'cancelled_at = NULL' error",
            "delete-update-without-where 'DELETE FROM orders' error",
            "null-comparison 'shipped_at = NULL' error");               // after \"rush\" escapes: offsets still exact
        JavaSqlProblem star = problems.get(0);
        assertThat(star.start()).isEqualTo(src.indexOf("\"SELECT * FROM orders\"") + 8);
        assertThat(star.line()).isEqualTo(13);
    }

    @Test
    void safeHolesAndConstantOnlyVariablesAreNotInjections() {
        String src = read("src/com/acme/shop/OrderDao.java");
        for (JavaSqlProblem p : scan("OrderDao.java", src)) {
            if (p.ruleId().startsWith("sql-injection")) assertThat(text(src, p)).isEqualTo("customer");
        }
    }

    @Test
    void nullComparisonFixIsAJavaEditInsideTheLiteral() {
        String src = read("src/com/acme/shop/OrderDao.java");
        JavaSqlProblem p = only(scan("OrderDao.java", src), "null-comparison", src, "cancelled_at = NULL");
        assertThat(p.fixes()).hasSize(1);
        String fixed = p.fixes().get(0).applyTo(src);
        assertThat(fixed).contains("connection.prepareStatement(\"DELETE FROM orders WHERE cancelled_at IS NULL\")");
        assertThat(scan("OrderDao.java", fixed)).noneMatch(q -> q.ruleId().equals("null-comparison") && text(fixed, q).startsWith("cancelled_at"));
    }

    @Test
    void sparkJobTextBlockConcatenationAndBindParameterFix() {
        String src = read("src/com/acme/shop/SalesJob.java");
        List<JavaSqlProblem> problems = scan("SalesJob.java", src);
        assertThat(describe(src, problems)).containsExactly(
            "null-comparison 'sale_date = NULL' error",                 // inside the text block
            "select-star '*' warning",
            "sql-injection 'region' error");
        JavaSqlProblem nul = problems.stream().filter(p -> p.ruleId().equals("null-comparison")).findFirst().orElseThrow();
        String fixed = nul.fixes().get(0).applyTo(src);
        assertThat(fixed).contains("            WHERE sale_date IS NULL\n            GROUP BY region\n            \"\"\"");

        JavaSqlProblem inj = only(problems, "sql-injection", src, "region");
        assertThat(inj.fixes()).extracting(Fix::description).containsExactly("Pass the concatenated values as bind parameters");
        String bound = inj.fixes().get(0).applyTo(src);
        assertThat(bound).contains("spark.sql(\"SELECT * FROM sales WHERE region = ?\", new Object[] {region})");
    }

    @Test
    void jdbcTemplateInjectionFixAppendsTrailingArguments() {
        String src = read("src/com/acme/shop/CustomerRepository.java");
        JavaSqlProblem inj = only(scan("CustomerRepository.java", src), "sql-injection", src, "city");
        String bound = inj.fixes().get(0).applyTo(src);
        assertThat(bound).contains("jdbc.query(\"SELECT name FROM customers WHERE city = ?\", (rs, row) -> rs.getString(1), city)");
    }

    @Test
    void myBatisAnnotationPlaceholdersAreParametersNotParseErrors() {
        java.nio.file.Path root = JavaSources.resource("mybatis");
        String src;
        try {
            src = java.nio.file.Files.readString(root.resolve("src/com/acme/shop/OrderMapper.java"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<JavaSqlProblem> problems = scanner.scan(parse("OrderMapper.java", src, root.resolve("stubs"), root.resolve("src")), src, () -> false);
        assertThat(describe(src, problems)).containsExactly("select-star '*' warning", "null-comparison 'cancelled_at = NULL' error");
        String fixed = only(problems, "null-comparison", src, "cancelled_at = NULL").fixes().get(0).applyTo(src);
        assertThat(fixed).contains("@Select(\"SELECT * FROM orders WHERE customer = #{customer} AND cancelled_at IS NULL\")");
    }

    @Test
    void englishSentenceIsNotSqlAndHeuristicCanBeSwitchedOff() {
        String src = "class A {\n  String q = \"SELECT * FROM audit_log\";\n  String ui = \"Select a region from the list to see its sales\";\n}\n";
        List<JavaSqlProblem> on = new JavaSqlScanner(AnalyzerConfig.defaults(), true, 5_000).scan(parse("A.java", src), src, () -> false);
        assertThat(describe(src, on)).containsExactly("select-star '*' warning");
        List<JavaSqlProblem> off = new JavaSqlScanner(AnalyzerConfig.defaults(), false, 5_000).scan(parse("A.java", src), src, () -> false);
        assertThat(off).isEmpty();
    }

    @Test
    void javaCommentSuppressesForTheStatementAndTheSuppressionFixWritesIt() {
        String src = read("src/com/acme/shop/OrderDao.java");
        JavaSqlProblem del = only(scan("OrderDao.java", src), "delete-update-without-where", src, "DELETE FROM orders");
        assertThat(del.suppression()).isNotNull();
        String suppressed = del.suppression().applyTo(src);
        assertThat(suppressed).contains("            // brickoptima:ignore delete-update-without-where\n            return st.executeUpdate(\"DELETE FROM orders\");");
        assertThat(scan("OrderDao.java", suppressed)).noneMatch(p -> p.ruleId().equals("delete-update-without-where"));
        // the other findings are untouched
        assertThat(scan("OrderDao.java", suppressed)).anyMatch(p -> p.ruleId().equals("select-star"));
    }

    @Test
    void disabledRulesAndSeveritiesComeFromTheConfiguration() {
        String src = read("src/com/acme/shop/OrderDao.java");
        AnalyzerConfig cfg = AnalyzerConfig.builder().disable("select-star").severity("null-comparison", Severity.INFO).build();
        List<JavaSqlProblem> problems = new JavaSqlScanner(cfg).scan(parse("OrderDao.java", src), src, () -> false);
        assertThat(problems).noneMatch(p -> p.ruleId().equals("select-star"));
        assertThat(problems).filteredOn(p -> p.ruleId().equals("null-comparison")).extracting(JavaSqlProblem::severity)
            .containsOnly(Severity.INFO).hasSize(2);
    }

    @Test
    void withoutBindingsLiteralsThatLookLikeSqlAreStillChecked() {
        String src = read("src/com/acme/shop/OrderDao.java");
        List<JavaSqlProblem> problems = scanner.scan(JavaSources.parseWithoutBindings(src), src, () -> false);
        // no sink is known without bindings, so no injection; the SQL-looking literals are still analysed
        assertThat(problems).noneMatch(p -> p.ruleId().equals("sql-injection"));
        assertThat(describe(src, problems)).contains("select-star '*' warning", "null-comparison 'cancelled_at = NULL' error");
    }

    @Test
    void literalUnderTheCursorIsAnalysedWhateverItLooksLike() {
        String src = "class B {\n  String q = \"select * \" + \"from t where a = null\";\n}\n";
        CompilationUnit cu = parse("B.java", src);
        List<JavaSqlProblem> found = scanner.scanAt(cu, src, src.indexOf("from t"));
        assertThat(describe(src, found)).containsExactly("select-star '*' warning", "null-comparison 'a = null' error");
        assertThat(scanner.scanAt(cu, src, src.indexOf("class"))).isNull();
    }

    @Test
    void cancelledScanStopsEarly() {
        String src = read("src/com/acme/shop/OrderDao.java");
        assertThat(scanner.scan(parse("OrderDao.java", src), src, () -> true)).isEmpty();
    }
}
