package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.ConfigChecks;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigFileLoader;
import dev.brickoptima.jvm.config.ConfigLookup;
import dev.brickoptima.jvm.config.ProjectConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Options shared by the analysing commands: configuration file, dialect, profiles and rule selection. Without
 * {@code --config}, each input gets the brickoptima.yml files found from its directory upwards (docs/configuration.md);
 * the command-line options apply on top.
 */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (YAML) for every input. Default: the " + ConfigFileLoader.DEFAULT_FILE_NAME
            + " files found from each input's directory up to the repository root.")
    Path config;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "spark (also databricks), postgres, ansi, mysql, sqlserver, hive. "
        + "Default: the dialect of brickoptima.yml, else for Java sources the database of the project's JDBC driver, else spark.")
    String dialect;

    @Option(names = "--profile", paramLabel = "NAME", description = "Activate a rule profile (read-only, strict). Repeatable.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID", description = "Run only these rules. Repeatable.")
    List<String> only = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "ID", description = "Enable a rule that is off by default. Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", description = "Disable a rule. Repeatable.")
    List<String> disable = new ArrayList<>();

    private final ConfigLookup lookup = new ConfigLookup();
    /** One configuration object per distinct set of files, so inputs that share it share their analyzers. */
    private final Map<ProjectConfig, AnalyzerConfig> built = new ConcurrentHashMap<>();

    /** The configuration for the working directory (commands without input files). */
    AnalyzerConfig build() {
        return configFor(Path.of("").toAbsolutePath());
    }

    /** The configuration for one input: {@code --config} if given, else the files found from the input upwards. */
    AnalyzerConfig configFor(Path input) {
        ProjectConfig files;
        try {
            files = config != null ? ConfigLookup.of(config) : lookup.forFile(input);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        return built.computeIfAbsent(files, this::withOptions);
    }

    private AnalyzerConfig withOptions(ProjectConfig files) {
        AnalyzerConfig.Builder b = files.builder();
        if (dialect != null) {
            check("--dialect", ConfigChecks.dialect(dialect));
            b.dialect(Dialect.parse(dialect));
        }
        for (String p : profiles) {
            check("--profile", ConfigChecks.profile(p));
            b.profile(p);
        }
        for (String id : only) b.only(known(id));
        for (String id : enable) b.enable(known(id));
        for (String id : disable) b.disable(known(id));
        return b.build();
    }

    private static String known(String id) {
        String problem = ConfigChecks.ruleId(id);
        if (problem != null) throw new UsageException(problem);
        return id;
    }

    private static void check(String option, String problem) {
        if (problem != null) throw new UsageException(option + ": " + problem);
    }
}
