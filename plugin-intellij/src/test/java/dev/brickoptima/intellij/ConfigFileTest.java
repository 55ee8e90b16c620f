package dev.brickoptima.intellij;

import com.intellij.openapi.vfs.VirtualFile;
import com.intellij.psi.PsiFile;
import com.intellij.psi.PsiManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * brickoptima.yml in the IntelliJ host (183 core PSI of a Java file on disk): found from the file, re-read when it
 * changes, the IDE settings applied on top, and an unusable file shown once at the top of the file while the
 * inspection goes on with the settings.
 */
class ConfigFileTest {
    private static final String REPORTS = "import java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\n\n"
        + "public class Reports {\n"
        + "    public ResultSet open(Connection c) throws SQLException {\n"
        + "        return c.createStatement().executeQuery(\"SELECT id FROM orders WHERE status IN ('new', 'paid', 'sent', 'done')\");\n"
        + "    }\n"
        + "}\n";
    static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    private static List<String> messages(PsiFile f) {
        return Problems.of(env.inspect(new BrickOptimaSqlInspection(), f)).summaries();
    }

    @Test
    void theNearestFileAppliesUnderTheIdeSettingsAndAnUnusableOneIsShownOnce(@TempDir Path project) throws Exception {
        Path src = Files.createDirectories(project.resolve("src"));
        Files.writeString(src.resolve("Reports.java"), REPORTS);
        VirtualFile vf = env.projectEnv.getEnvironment().getLocalFileSystem().findFileByIoFile(src.resolve("Reports.java").toFile());
        PsiFile reports = PsiManager.getInstance(env.project).findFile(vf);
        BrickOptimaSettings settings = BrickOptimaSettings.getInstance(env.project);
        assertThat(messages(reports)).as("four values: below large-in-list's default of 100").isEmpty();

        Path yml = project.resolve("brickoptima.yml");
        Files.writeString(yml, "root: true\nthresholds:\n  large-in-list.max: 3\n");
        assertThat(messages(reports)).singleElement().asString().contains("[large-in-list]");

        // the IDE settings apply on top of the file
        BrickOptimaSettings.Settings s = settings.copyOfState();
        s.thresholds = "large-in-list.max = 10";
        settings.update(s);
        assertThat(messages(reports)).isEmpty();
        s.thresholds = "";
        settings.update(s);
        assertThat(messages(reports)).singleElement().asString().contains("[large-in-list]");

        // an unusable file: one problem saying why, at the top of the file; the findings come from the settings alone
        Files.writeString(yml, "root: true\nthresholds:\n  large-in-list.max: lots\n");
        List<String> broken = messages(reports);
        assertThat(broken).singleElement().asString()
            .startsWith(yml + ": thresholds.large-in-list.max: expected a number, got a string ('lots')")
            .contains("(BrickOptima uses the IDE settings until this is fixed) | import");
        assertThat(Problems.of(env.inspect(new BrickOptimaSqlInjectionInspection(), reports)).summaries())
            .as("said by one inspection, not by both").isEmpty();

        Files.writeString(yml, "root: true\nthresholds:\n  large-in-list.max: 2\n");
        assertThat(messages(reports)).singleElement().asString().contains("[large-in-list]");
    }
}
