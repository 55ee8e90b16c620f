package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.ui.Analyses;
import dev.brickoptima.eclipse.ui.ResultEntry;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What "Analyze SQL" and "Analyze Spark plan" compute, in the running platform (the handlers only show it). */
class AnalyzeCommandsTest {
    private static IProject project;

    @BeforeAll
    static void create() throws Exception {
        project = ShopProject.create("commands").getProject();
    }

    private static List<String> rows(String text, Analyses.Result r) {
        List<String> out = new ArrayList<>();
        for (ResultEntry e : r.entries()) {
            out.add(e.ruleId() + (e.operatorId() != null ? " (" + e.operatorId() + ")" : " line " + e.line() + " '" + text.substring(e.start(), e.end()) + "'"));
        }
        return out;
    }

    @Test
    void sqlFileIsAnalysedAsAScript() throws Exception {
        IFile sql = project.getFile("reports.sql");
        String text = "-- nightly report\nSELECT * FROM sales;\nDELETE FROM staging_sales;\n";
        ShopProject.write(sql, text);
        Analyses.Result r = Analyses.sqlFile(sql);
        assertEquals("reports.sql", r.heading());
        List<String> rows = rows(text, r);
        assertTrue(rows.contains("select-star line 2 '*'"), rows.toString());
        assertTrue(rows.contains("delete-update-without-where line 3 'DELETE FROM staging_sales'"), rows.toString());
    }

    @Test
    void stringUnderTheCursorInAJavaEditor() throws Exception {
        IFile dao = project.getFile("src/com/acme/shop/OrderDao.java");
        String src = ShopProject.read(dao);
        int cursor = src.indexOf("shipped_at = NULL") + 3;
        Analyses.Result r = Analyses.editor(dao, src, cursor, 0, 0);
        assertEquals("OrderDao.java, SQL string at line 61", r.heading());
        assertEquals(List.of("null-comparison line 61 'shipped_at = NULL'"), rows(src, r));
        // outside any string: nothing analysed, and it says so
        Analyses.Result none = Analyses.editor(dao, src, src.indexOf("public class"), 0, 0);
        assertTrue(none.entries().isEmpty());
        assertTrue(none.heading().startsWith("No SQL string at the cursor"), none.heading());
    }

    @Test
    void selectedTextIsAnalysedAsSql() {
        String doc = "notes\nSELECT id FROM t WHERE a = NULL\nmore notes\n";
        int start = doc.indexOf("SELECT");
        int len = doc.indexOf("\nmore") - start;
        Analyses.Result r = Analyses.editor(null, doc, start, len, 2);
        assertEquals("Selected SQL", r.heading());
        assertEquals(List.of("null-comparison line 2 'a = NULL'"), rows(doc, r));
    }

    @Test
    void sparkPlanSelection() {
        String plan = String.join("\n",
            "== Physical Plan ==",
            "CartesianProduct Inner (5)",
            ":- * Project (2)",
            ":  +- * Range (1)",
            "+- * Project (4)",
            "   +- * Range (3)",
            "",
            "",
            "(1) Range [codegen id : 1]",
            "Output [1]: [id#7L]",
            "Arguments: Range (0, 100, step=1, splits=Some(2))",
            "",
            "(2) Project [codegen id : 1]",
            "Output [1]: [concat(dept_, cast(id#7L as string)) AS dept_name#10]",
            "Input [1]: [id#7L]",
            "",
            "(3) Range [codegen id : 2]",
            "Output [1]: [id#13L]",
            "Arguments: Range (0, 50, step=1, splits=Some(2))",
            "",
            "(4) Project [codegen id : 2]",
            "Output [1]: [concat(color_, cast(id#13L as string)) AS color#16]",
            "Input [1]: [id#13L]",
            "",
            "(5) CartesianProduct",
            "Join type: Inner",
            "Join condition: None",
            "");
        Analyses.Result r = Analyses.plan(null, plan, 0, 1);
        assertEquals("Spark plan from the selection", r.heading());
        assertTrue(rows(plan, r).contains("plan-cartesian-product (5)"), rows(plan, r).toString());

        Analyses.Result bad = Analyses.plan(null, "this is not a plan", 0, 1);
        assertTrue(bad.heading().startsWith("The selection does not hold a Spark or PostgreSQL plan"), bad.heading());
    }
}
