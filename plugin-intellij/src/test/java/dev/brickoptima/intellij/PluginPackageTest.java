package dev.brickoptima.intellij;

import com.jetbrains.plugin.structure.base.plugin.PluginCreationFail;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationResult;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationSuccess;
import com.jetbrains.plugin.structure.intellij.plugin.IdePlugin;
import com.jetbrains.plugin.structure.intellij.plugin.IdePluginManager;
import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.rule.RuleMetadata;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin zip as "Install Plugin from Disk" and JetBrains Marketplace see it, validated by structure-intellij. */
class PluginPackageTest {
    private static Path zip() {
        return Path.of(System.getProperty("brickoptima.pluginZip"));
    }

    @Test
    void zipHoldsThePluginAndItsLibrariesButNotThePlatform() throws Exception {
        assertThat(zip()).exists();
        try (ZipFile z = new ZipFile(zip().toFile())) {
            assertThat(z.stream().map(e -> e.getName()).filter(n -> n.endsWith(".jar")))
                .anyMatch(n -> n.matches("brickoptima/lib/brickoptima-intellij-.*\\.jar"))
                .anyMatch(n -> n.matches("brickoptima/lib/shared-core-.*\\.jar"))
                .anyMatch(n -> n.matches("brickoptima/lib/jsqlparser-.*\\.jar"))
                .anyMatch(n -> n.matches("brickoptima/lib/jackson-dataformat-yaml-.*\\.jar"))
                .anyMatch(n -> n.matches("brickoptima/lib/snakeyaml-.*\\.jar"))
                .noneMatch(n -> n.contains("intellij-core") || n.contains("platform-api") || n.contains("kotlin") || n.contains("okhttp"))
                .hasSize(8);
        }
    }

    /**
     * The zip's libraries alone read brickoptima.yml: the shared lookup runs in a class loader that sees only the
     * plugin's lib/ jars and the JDK (as the plugin's own class loader does for these classes in the IDE).
     */
    @Test
    void theZipsLibrariesReadBrickoptimaYml(@TempDir Path tmp) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip().toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (!e.getName().endsWith(".jar")) continue;
                Path jar = tmp.resolve(Path.of(e.getName()).getFileName().toString());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, jar);
                }
                jars.add(jar.toUri().toURL());
            }
        }
        Path project = Files.createDirectories(tmp.resolve("project/src"));
        Files.writeString(tmp.resolve("project/brickoptima.yml"), "profiles: [read-only]\nthresholds:\n  large-in-list.max: 20\n");
        try (URLClassLoader plugin = new URLClassLoader(jars.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            Class<?> lookup = plugin.loadClass("dev.brickoptima.jvm.config.ConfigLookup");
            assertThat(lookup.getClassLoader()).isSameAs(plugin);
            Object found = lookup.getMethod("forFile", Path.class, Path.class)
                .invoke(lookup.getConstructor().newInstance(), project.resolve("Dao.java"), tmp.resolve("project"));
            Object config = found.getClass().getMethod("config").invoke(found);
            assertThat(config.getClass().getMethod("profiles").invoke(config)).asString().isEqualTo("[read-only]");
            assertThat(config.getClass().getMethod("threshold", String.class, String.class, double.class)
                .invoke(config, "large-in-list", "max", 0.0)).isEqualTo(20.0);
        }
    }

    @Test
    void structureIntellijAcceptsThePlugin() {
        PluginCreationResult<IdePlugin> result = IdePluginManager.createManager().createPlugin(zip());
        if (result instanceof PluginCreationFail) {
            throw new AssertionError("plugin rejected: " + ((PluginCreationFail<IdePlugin>) result).getErrorsAndWarnings());
        }
        IdePlugin plugin = ((PluginCreationSuccess<IdePlugin>) result).getPlugin();
        assertThat(plugin.getPluginId()).isEqualTo("dev.brickoptima");
        assertThat(plugin.getSinceBuild().getBaselineVersion()).isEqualTo(223);
        assertThat(((PluginCreationSuccess<IdePlugin>) result).getWarnings()).as("warnings").isEmpty();
    }

    @Test
    void stubsForNewerPlatformApiAreNotPackaged() throws Exception {
        Path jar;
        try (var files = Files.list(zip().getParent())) {
            jar = files.filter(p -> p.getFileName().toString().endsWith("-plugin.jar")).findFirst().orElseThrow();
        }
        try (ZipFile z = new ZipFile(jar.toFile())) {
            assertThat(z.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("com/intellij/"));
            assertThat(z.getEntry("META-INF/plugin.xml")).isNotNull();
            String desc = new String(z.getInputStream(z.getEntry("inspectionDescriptions/BrickOptimaSql.html")).readAllBytes(), "UTF-8");
            for (RuleMetadata m : dev.brickoptima.intellij.build.DescriptionGenerator.rules()) assertThat(desc).contains("<code>" + m.id() + "</code>");
            String inj = new String(z.getInputStream(z.getEntry("inspectionDescriptions/BrickOptimaSqlInjection.html")).readAllBytes(), "UTF-8");
            assertThat(inj).contains(InjectionCheck.METADATA.title());
        }
    }
}
